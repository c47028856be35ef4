package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.extract.AddedLines;

/**
 * The people of the case's people list (case.json) that a document names as its author, so that a report signed
 * only "A Example" is known for an independent social worker's and a statement signed by a relative for a family
 * member's. The author is looked for where an officer looks: the byline ("..., by A Example", "Clinician: Dr
 * Example", "Completed by ..."), the last sign-off line that names anyone (when the line before it is finished: a name on a
 * line wrapped from an unfinished sentence or table row is someone the text mentions), and the documents.json author. A person is
 * named by their name, an alias, or a title or initial and their surname when no one else in the list has that
 * surname ("PC Example", "Dr Example", "A. Example"). An external professional is also the author of an e-mail they
 * sent, of a page headed with their own name ("A Example, Clinical Psychologist") and of notes that end with it.
 */
final class CaseAuthors {

    /** A person named as an author, and whether only the metadata names them. */
    record Author(Person person, boolean fromMetadata) {

        /** "A Example, independent social worker (case people list)". */
        String description() {
            String role = person.relationship() == null || person.relationship().isBlank()
                    ? person.category().label()
                    : person.relationship().strip();
            String where = fromMetadata ? "documents.json author, case people list" : "case people list";
            return person.name() + ", " + role + " (" + where + ")";
        }
    }

    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "prof",
            "professor",
            "pc",
            "dc",
            "ds",
            "sgt",
            "sergeant",
            "insp",
            "inspector",
            "cllr",
            "nurse",
            "rev");

    private static final List<String> CLOSINGS =
            List.of("yours", "kind regards", "best wishes", "regards", "many thanks", "thanks", "love", "signed");

    private final Map<Person, List<List<String>>> namings = new LinkedHashMap<>();

    CaseAuthors(List<Person> people) {
        Map<String, Integer> surnames = new LinkedHashMap<>();
        for (Person person : people) {
            surname(person).ifPresent(s -> surnames.merge(s, 1, Integer::sum));
        }
        for (Person person : people) {
            List<List<String>> ways = new ArrayList<>();
            addIfAny(ways, PhraseIndex.words(person.name()));
            person.aliases().forEach(alias -> addIfAny(ways, PhraseIndex.words(alias)));
            surname(person).filter(s -> surnames.get(s) == 1).ifPresent(s -> {
                TITLES.forEach(t -> ways.add(List.of(t, s)));
                ways.add(List.of(PhraseIndex.words(person.name()).get(0).substring(0, 1), s));
            });
            namings.put(person, List.copyOf(ways));
        }
    }

    /** The authors {@code regions} and {@code metadata} name, each once, those named in the text first. */
    List<Author> of(DocumentRegions regions, DocumentMetadata metadata) {
        if (namings.isEmpty()) {
            return List.of();
        }
        Map<Person, Author> authors = new LinkedHashMap<>();
        named(regions.byline()).forEach(p -> authors.putIfAbsent(p, new Author(p, false)));
        List<String> signOff = regions.signature().lines().toList();
        List<String> lines = regions.text()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        for (int i = signOff.size() - 1; i >= 0; i--) {
            List<Person> signed = named(signOff.get(i));
            if (!signed.isEmpty()) {
                if (followsAFinishedLine(lines, signOff.get(i))) {
                    signed.forEach(p -> authors.putIfAbsent(p, new Author(p, false)));
                }
                break;
            }
        }
        // an external professional who sent the e-mail, heads the page with their own name or puts it after the last
        // sentence writes from their own organisation; a member of staff there may only be passing on someone else's
        // document, so only the former
        for (String own :
                List.of(AddedLines.sender(regions.text()), headingName(regions.letterhead()), trailingName(lines))) {
            named(own).stream()
                    .filter(p -> p.category() == PersonCategory.EXTERNAL_PROFESSIONAL)
                    .forEach(p -> authors.putIfAbsent(p, new Author(p, false)));
        }
        if (metadata.author() != null) {
            named(metadata.author()).forEach(p -> authors.putIfAbsent(p, new Author(p, true)));
        }
        return List.copyOf(authors.values());
    }

    /** The first heading line up to its first comma, where a letter written on one's own paper gives one's name. */
    private static String headingName(String letterhead) {
        String first = letterhead.lines().findFirst().orElse("");
        int comma = first.indexOf(',');
        return comma > 0 ? first.substring(0, comma) : "";
    }

    /** The few words after the last sentence of the text ("... sent to the carers only. A Example"), else empty. */
    private static String trailingName(List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        String last = lines.get(lines.size() - 1);
        int end = last.lastIndexOf(". ");
        String tail = end < 0 ? "" : last.substring(end + 2).strip();
        return tail.split("\\s+").length <= 4 ? tail : "";
    }

    /**
     * Whether the line before {@code signOff} is finished: it ends in punctuation or is a closing ("Yours
     * sincerely", "Kind regards"). A short line after an unfinished one is the rest of a sentence or table row
     * wrapped onto a new line ("...; Ms" then "Example, whereabouts unknown", "... no concerns. |" then "A Example"),
     * and a name in it is someone the text mentions, not the author's sign-off.
     */
    private static boolean followsAFinishedLine(List<String> lines, String signOff) {
        int at = lines.lastIndexOf(signOff);
        if (at <= 0) {
            return false;
        }
        String before = lines.get(at - 1);
        String lower = before.toLowerCase(Locale.ROOT);
        return ".!?,;:\"')\u201d".indexOf(before.charAt(before.length() - 1)) >= 0
                || CLOSINGS.stream().anyMatch(lower::startsWith);
    }

    private List<Person> named(String text) {
        List<String> words = PhraseIndex.words(text);
        List<Person> named = new ArrayList<>();
        for (Map.Entry<Person, List<List<String>>> person : namings.entrySet()) {
            if (person.getValue().stream().anyMatch(way -> Collections.indexOfSubList(words, way) >= 0)) {
                named.add(person.getKey());
            }
        }
        return named;
    }

    private static Optional<String> surname(Person person) {
        List<String> words = PhraseIndex.words(person.name());
        return words.size() < 2 ? Optional.empty() : Optional.of(words.get(words.size() - 1));
    }

    private static void addIfAny(List<List<String>> ways, List<String> words) {
        if (!words.isEmpty()) {
            ways.add(words);
        }
    }
}
