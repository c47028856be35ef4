package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.engine.casefile.PersonCategory;

/**
 * Finds, in one document's text, the people it names and what it says they are: a job or relationship beside the
 * name or just before it, a field label ("Referring social worker:", "Mother:"), an e-mail header's address, a
 * professional title, or the label of whoever wrote the record. Stateless and thread-safe; the register is built
 * from every document's sightings ({@code org.opensar.engine.register}).
 */
public final class PeopleFinder {

    private static final Pattern PARENTHESIS = Pattern.compile("^\\s*\\(([^()]{1,80})\\)");
    private static final Pattern AFTER_COMMA = Pattern.compile("^[ \\t]*,[ \\t]*(\\p{L}[^,;.()|\\n\\t]{0,59})");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{2,}");
    private static final Pattern ADDRESS = Pattern.compile("^\\s*<([^<>@\\s]+@([^<>\\s]+))>");
    private static final Pattern HEADER = Pattern.compile("^\\s*(from|to|cc|bcc)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("([\\p{L}'’ ()/-]{1,40}):\\s*$");
    /** "Carers: Sana Rahman and " before Zain Rahman: the label of a list of names. */
    private static final Pattern LIST_LABEL =
            Pattern.compile("([\\p{L}'’ ()/-]{1,40}):\\s*(?:\\p{Lu}[\\p{L}'’-]*\\s?){1,4}"
                    + "(?:(?:,|and|&)\\s*(?:\\p{Lu}[\\p{L}'’-]*\\s?){1,4})*\\s*(?:,|and|&)\\s*$");

    private static final Pattern BY = Pattern.compile("\\bby\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LEADING = Set.of("the", "her", "his", "their", "my", "our", "a", "an", "your");
    private static final Set<String> PROFESSIONAL_DOMAINS = WordList.load("professional-domains.txt");
    private static final Set<String> AUTHOR_LABELS = WordList.load("author-labels.txt");
    /** How far before and after a name, on its line, the words that say who they are are looked for. */
    private static final int NEAR = 100;
    /** Full names found with less certainty than this (a capitalised unknown word pair) are not sightings. */
    private static final double NAME_SCORE = 0.6;

    private final PersonNameRecognizer names = new PersonNameRecognizer();
    private final Roles roles = Roles.instance();
    private final NameLists lists = NameLists.instance();
    private final NotNames notNames = NotNames.instance();

    public List<PersonSighting> find(String text) {
        TokenizedText tokens = TokenizedText.of(text);
        List<PersonSighting> sightings = new ArrayList<>();
        for (RecognizerResult found : names.recognize(tokens)) {
            if (found.score() < NAME_SCORE) {
                continue;
            }
            int first = tokens.lastWordBefore(found.span().start()) + 1;
            int last = tokens.lastWordBefore(found.span().end());
            String title = "";
            if (first < last && Vocabulary.TITLES.contains(tokens.folded(first))) {
                title = tokens.word(first);
                first++;
            }
            while (first <= last && !nameWord(tokens, first)) {
                first++;
            }
            int end = first;
            while (end < last && nameWord(tokens, end + 1) && singleSpace(text, tokens, end)) {
                end++;
            }
            while (end > first && !lastNameWord(tokens, end)) {
                end--;
            }
            if (first > last || (end == first && title.isEmpty())) {
                continue;
            }
            TextSpan name = new TextSpan(tokens.start(first), tokens.end(end));
            sightings.add(sighting(text, name, name.of(text), title));
        }
        return sightings;
    }

    /** Words of one name are one space apart: a line break or a column's gap ends it ("Amrit Khan    Read"). */
    private static boolean singleSpace(String text, TokenizedText tokens, int word) {
        return tokens.start(word + 1) - tokens.end(word) == 1 && text.charAt(tokens.end(word)) == ' ';
    }

    /**
     * A word a register name may hold: capitalised, a listed name or a word the dictionary does not have in lower case
     * ("Xiu", "Ming", "Okonkwo"), never a place, people, form or ordinary word ("Took Ayesha", "White British", "Early
     * Help" are no one); all capitals only for a listed name that is no word ("WILL SAY" is not).
     */
    private boolean nameWord(TokenizedText tokens, int word) {
        String folded = tokens.folded(word);
        boolean listedName = lists.isName(folded);
        if (!tokens.capitalised(word)
                || notNames.neverAName(folded) && !(listedName && Vocabulary.NOT_NAMES.contains(folded))
                || Vocabulary.TITLES.contains(folded)
                || Vocabulary.RELATIONSHIP_WORDS.contains(folded)) {
            return false;
        }
        if ((notNames.isPlace(folded) || notNames.isPeople(folded)) && !lists.isFirstName(folded)) {
            return false;
        }
        if (lists.isEnglishWord(folded)) {
            return lists.isName(folded) && !tokens.upperCase(word);
        }
        return !tokens.upperCase(word) || lists.isName(folded);
    }

    /** A name's last word, if it is also an ordinary word, must be a surname: "Hope Young", not "Marlowe Row". */
    private boolean lastNameWord(TokenizedText tokens, int word) {
        String folded = tokens.folded(word);
        return !lists.isEnglishWord(folded) || lists.isSurname(folded);
    }

    private PersonSighting sighting(String text, TextSpan span, String name, String title) {
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        // what says who someone is stands close to the name: reading no further keeps a long paragraph linear
        String before = text.substring(Math.max(lineStart, span.start() - NEAR), span.start());
        String after = text.substring(span.end(), Math.min(lineEnd, span.end() + NEAR));
        String line = text.substring(lineStart, lineEnd).strip();
        String context = line.length() > 160 ? line.substring(0, 160) + "..." : line;
        Optional<PersonSighting> said = beside(after, name, title, context)
                .or(() -> emailHeader(before, after, name, title, context))
                .or(() -> labelled(before, name, title, context))
                .or(() -> relationshipBefore(before, name, title, context));
        if (said.isPresent()) {
            return said.get();
        }
        Optional<Roles.Role> professional =
                title.isEmpty() ? Optional.empty() : roles.startingWith(List.of(TokenizedText.fold(title)));
        return professional
                .map(role -> of(name, title, role, PersonSighting.SightingKind.TITLE, context))
                .orElseGet(() -> new PersonSighting(name, title, "", null, PersonSighting.SightingKind.NAMED, context));
    }

    /** "X (allocated social worker)", "X (Mum)", "X, Social Worker", "X, the current carer". */
    private Optional<PersonSighting> beside(String after, String name, String title, String context) {
        Matcher bracket = PARENTHESIS.matcher(after);
        if (bracket.find()) {
            List<String> words = FoldedWords.words(bracket.group(1).split("[,;]")[0]);
            return roles.within(words).map(r -> of(name, title, r, PersonSighting.SightingKind.ROLE_BESIDE, context));
        }
        Matcher comma = AFTER_COMMA.matcher(after);
        if (comma.find()) {
            List<String> words = new ArrayList<>(FoldedWords.words(COLUMN_GAP.split(comma.group(1))[0]));
            while (!words.isEmpty()
                    && (LEADING.contains(words.get(0)) || words.get(0).equals("allocated"))) {
                words.remove(0);
            }
            return roles.startingWith(words)
                    .map(r -> of(name, title, r, PersonSighting.SightingKind.ROLE_BESIDE, context));
        }
        return Optional.empty();
    }

    /** "From: X <x@northfield.gov.uk>": a public body's address makes the sender staff or a professional. */
    private Optional<PersonSighting> emailHeader(
            String before, String after, String name, String title, String context) {
        Matcher address = ADDRESS.matcher(after);
        if (!address.find() || !HEADER.matcher(before).find()) {
            return Optional.empty();
        }
        String domain = address.group(2).toLowerCase(Locale.ROOT);
        List<String> labels = List.of(domain.split("\\."));
        PersonCategory category = labels.stream().anyMatch(PROFESSIONAL_DOMAINS::contains)
                ? PersonCategory.EXTERNAL_PROFESSIONAL
                : domain.matches(".*\\.gov\\.(uk|wales|scot)") ? PersonCategory.COUNCIL_STAFF : null;
        if (category == null) {
            return Optional.empty();
        }
        return Optional.of(
                new PersonSighting(name, title, "", category, PersonSighting.SightingKind.EMAIL_ADDRESS, context));
    }

    /** "Referring social worker: X", "Mother: X", "Carer(s): X", or "Completed by: X", "chaired by X". */
    private Optional<PersonSighting> labelled(String before, String name, String title, String context) {
        String end = before.stripTrailing();
        Matcher label = LABEL.matcher(end.endsWith(":") ? before : "");
        if (!label.find() && (end.endsWith(",") || end.endsWith("&") || end.endsWith("and"))) {
            // only a line that ends in a list's joiner is searched for a list's label
            label = LIST_LABEL.matcher(before);
        }
        if (label.find(0)) {
            List<String> words = FoldedWords.words(label.group(1).replace("(s)", ""));
            Optional<Roles.Role> role = roles.endingWith(words);
            if (role.isPresent()) {
                return Optional.of(of(name, title, role.get(), PersonSighting.SightingKind.ROLE_LABEL, context));
            }
            if (AUTHOR_LABELS.contains(String.join(" ", words))) {
                return Optional.of(author(name, title, context));
            }
        }
        if (end.endsWith("by") && BY.matcher(before).find()) {
            String lead = before.toLowerCase(Locale.ROOT);
            for (String verb : AUTHOR_LABELS) {
                if (verb.endsWith(" by") && lead.contains(verb.substring(0, verb.length() - 3))) {
                    return Optional.of(author(name, title, context));
                }
            }
        }
        return Optional.empty();
    }

    /** "her Nan, Fatima Begum", "Mum's partner Andrei", "the allocated social worker Amrit Khan". */
    private Optional<PersonSighting> relationshipBefore(String before, String name, String title, String context) {
        String trimmed = before.stripTrailing();
        if (trimmed.endsWith(",") || trimmed.endsWith("(")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        if (trimmed.isEmpty() || !Character.isLetter(trimmed.charAt(trimmed.length() - 1))) {
            return Optional.empty();
        }
        List<String> words = FoldedWords.words(trimmed);
        List<String> last = words.subList(Math.max(0, words.size() - 4), words.size());
        return roles.endingWith(last).map(r -> of(name, title, r, PersonSighting.SightingKind.ROLE_BEFORE, context));
    }

    private static PersonSighting author(String name, String title, String context) {
        return new PersonSighting(
                name, title, "", PersonCategory.COUNCIL_STAFF, PersonSighting.SightingKind.AUTHOR, context);
    }

    private static PersonSighting of(
            String name, String title, Roles.Role role, PersonSighting.SightingKind kind, String context) {
        return new PersonSighting(name, title, role.relationship(), role.category(), kind, context);
    }
}
