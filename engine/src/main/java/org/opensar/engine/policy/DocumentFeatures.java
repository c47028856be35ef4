package org.opensar.engine.policy;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.extract.ExtractedDocument;

/**
 * What the {@link DispositionModel} reads of a document: its words, each also marked with the part of the page it is
 * in (letterhead, title, sign-off, addressee, form labels, byline, metadata), the kind of people the case's people
 * list says wrote it and are named in it, and its shape (dated daily entries, length, money). A name from the people
 * list is read as the kind of person it names ("FAMILY", "EXTERNAL_PROFESSIONAL"), so that what the model learns from
 * one case's names carries over to another's. A feature is a short string such as {@code h:police} (the word "police"
 * in the letterhead) or {@code author:EXTERNAL_PROFESSIONAL}.
 */
public final class DocumentFeatures {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019]*");

    private final DisclosurePolicy policy;
    private final List<Person> people;
    private final Map<String, PersonCategory> nameWords = new HashMap<>();

    public DocumentFeatures(DisclosurePolicy policy, List<Person> people) {
        this.policy = policy;
        this.people = people;
        for (Person person : people) {
            addNameWords(person.name(), person.category());
            person.aliases().forEach(alias -> addNameWords(alias, person.category()));
        }
    }

    private void addNameWords(String name, PersonCategory category) {
        Matcher words = WORD.matcher(name);
        while (words.find()) {
            if (words.group().length() > 1
                    && Character.isUpperCase(words.group().charAt(0))) {
                nameWords.putIfAbsent(words.group(), category);
            }
        }
    }

    /** The features of a readable document, each once, in a stable order. */
    public List<String> of(ExtractedDocument document, DocumentMetadata metadata) {
        DocumentRegions regions = DocumentRegions.of(document, metadata, policy);
        return of(regions, new CaseAuthors(people).of(regions, metadata));
    }

    /** The features of a document's regions and the authors they name. */
    List<String> of(DocumentRegions regions, List<CaseAuthors.Author> authors) {
        Set<String> features = new LinkedHashSet<>();
        int wordCount = words(regions.text(), "w:", features);
        words(regions.letterhead(), "h:", features);
        words(regions.title(), "t:", features);
        words(regions.signature(), "s:", features);
        words(regions.addressee(), "a:", features);
        words(regions.byline(), "by:", features);
        regions.fields()
                .lines()
                .map(label -> label.strip().toLowerCase(Locale.ROOT))
                .filter(label -> !label.isEmpty())
                .forEach(label -> features.add("f:" + label));
        regions.metadata().forEach(field -> words(field, "m:", features));
        for (CaseAuthors.Author author : authors) {
            features.add("author:" + author.person().category());
            if (author.person().relationship() != null) {
                words(author.person().relationship(), "author:", features);
            }
        }
        regions.layout().forEach(shape -> features.add("shape:" + shape.phrase()));
        features.add("size:" + bucket(wordCount));
        int sums = count(regions.text(), '\u00a3');
        if (sums > 0) {
            features.add("money:" + bucket(sums));
        }
        return List.copyOf(features);
    }

    /**
     * Whether a feature says something a reader can check: not a length, a name from the people list, or a word of
     * one or two letters (the "CL" of a reference).
     */
    static boolean shown(String feature) {
        return !feature.startsWith("size:") && !feature.contains(":<") && feature.length() - feature.indexOf(':') > 3;
    }

    /**
     * A feature as evidence an officer can read: {@code h:police} is "letterhead: 'police'", {@code
     * author:EXTERNAL_PROFESSIONAL} "author: external professional (case people list)".
     */
    static Evidence evidence(String feature) {
        int colon = feature.indexOf(':');
        String place = feature.substring(0, colon);
        String value = feature.substring(colon + 1);
        String said = value.startsWith("<")
                ? "a name (" + readable(value.substring(1, value.length() - 1)) + ", case people list)"
                : "'" + value + "'";
        return switch (place) {
            case "h" -> new Evidence(Evidence.Kind.LETTERHEAD, said);
            case "t" -> new Evidence(Evidence.Kind.TITLE, said);
            case "s" -> new Evidence(Evidence.Kind.SIGNATURE, said);
            case "a" -> new Evidence(Evidence.Kind.ADDRESSEE, said);
            case "by" -> new Evidence(Evidence.Kind.AUTHOR, said + " in the byline");
            case "f" -> new Evidence(Evidence.Kind.FIELD, value);
            case "m" -> new Evidence(Evidence.Kind.METADATA, said);
            case "author" ->
                new Evidence(
                        Evidence.Kind.AUTHOR,
                        value.equals(value.toUpperCase(Locale.ROOT))
                                ? readable(value) + " (case people list)"
                                : "'" + value + "' (case people list)");
            case "shape" -> new Evidence(Evidence.Kind.LAYOUT, value);
            case "size" -> new Evidence(Evidence.Kind.LAYOUT, "length: " + wordRange(Integer.parseInt(value)));
            case "money" -> new Evidence(Evidence.Kind.LAYOUT, "sums of money (\u00a3)");
            default -> new Evidence(Evidence.Kind.VOCABULARY, value.startsWith("<") ? said : value);
        };
    }

    private static String wordRange(int bucket) {
        return bucket == 0 ? "no words" : (1 << (bucket - 1)) + " to " + ((1 << bucket) - 1) + " words";
    }

    private static String readable(String category) {
        return category.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Adds the words of {@code region} as features under {@code prefix}; returns how many words it has. */
    private int words(String region, String prefix, Set<String> features) {
        int count = 0;
        Matcher words = WORD.matcher(region);
        while (words.find()) {
            count++;
            String word = words.group();
            PersonCategory named = nameWords.get(word);
            if (named != null) {
                features.add(prefix + "<" + named + ">");
            } else if (word.length() > 1) {
                features.add(prefix + word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            }
        }
        return count;
    }

    private static int count(String text, char mark) {
        return (int) text.chars().filter(c -> c == mark).count();
    }

    /** 0, 1, 2-3, 4-7, ...: the power of two below {@code n}, so similar sizes share a feature. */
    private static int bucket(int n) {
        return n == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(n);
    }
}
