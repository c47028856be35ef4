package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opensar.engine.extract.AddedLines;

/**
 * Reads a carer's or placement log as entries and finds the first entry with something of substance in it
 * ({@link SubstanceRules}). An entry starts at a dated line, with or without a label before the date ("Date: 3 May
 * 2019"), and runs on to the next, so a date on a line of its own with the entry below is read the same as one in
 * front of it; the form's heading above the first date is not an entry. A log without dated lines is read as every
 * line after the title. Sign-off lines ("Recorded by: ...") are the form's, not entries. Capitalised words are taken
 * for names and do not count by themselves; substance terms count wherever they are, except in a clause that says
 * something did not happen ("No medication.", "Nothing to report", "nil concerns"). A log sent by e-mail is read
 * from the first line after the header.
 */
final class PlacementLog {

    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?"
                    + "(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+"
                    + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\\s+\\d{4})?)?"
                    + "(?:\\s*\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?)?\\s*[:\\-\u2013]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019]*");
    /** A label before the date or a sign-off: "Date:", "Entry date:", "Recorded by:". */
    private static final Pattern LEADING_LABEL =
            Pattern.compile("^([\\p{L}][\\p{L}()' ]{0,30}?)\\s*(?::|\\s[-\u2013])\\s*");
    /** Where one clause of an entry ends and the next begins. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;,!?]+\\s*|\\s+but\\s+", Pattern.CASE_INSENSITIVE);
    /** Words that, first in a clause, say the clause records that nothing happened. */
    private static final Set<String> NEGATORS = Set.of("no", "nil", "nothing", "none", "without", "n/a");

    private final PhraseIndex substanceTerms;
    /** The policy's routine phrases, any case, a space or hyphen between words; null when it has none. */
    private final Pattern routinePhrases;

    private final List<String> substanceNames;
    private final Set<String> routineWords;
    private final double otherWordWeight;
    private final List<List<String>> signOffLabels;

    PlacementLog(SubstanceRules rules, List<String> signOffLabels) {
        this.signOffLabels = signOffLabels.stream().map(PhraseIndex::words).toList();
        this.substanceNames = rules.substanceTerms();
        this.substanceTerms = new PhraseIndex(rules.substanceTerms());
        this.routinePhrases = rules.routinePhrases().isEmpty()
                ? null
                : Pattern.compile(
                        rules.routinePhrases().stream()
                                .map(phrase -> Arrays.stream(phrase.strip().split("[\\s-]+"))
                                        .map(Pattern::quote)
                                        .collect(Collectors.joining("[\\s-]+", "\\b", "\\b")))
                                .collect(Collectors.joining("|")),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.routineWords = rules.routineWords().stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.otherWordWeight = rules.otherWordWeight();
    }

    /** What first shows an entry has substance ("'excluded'", "word 'cinema'"), or empty when none has. */
    Optional<String> substance(String text) {
        for (String entry : entries(text)) {
            Optional<String> found = substanceOf(entry);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    int entryCount(String text) {
        return entries(text).size();
    }

    private List<String> entries(String text) {
        List<String> lines = AddedLines.strip(text)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        List<String> body = lines.subList(Math.min(1, lines.size()), lines.size()).stream()
                .filter(line -> !signOff(line))
                .toList();
        List<String> entries = new ArrayList<>();
        StringBuilder entry = null;
        for (String line : body) {
            Optional<String> afterDate = afterDate(line);
            if (afterDate.isPresent()) {
                if (entry != null) {
                    entries.add(entry.toString());
                }
                entry = new StringBuilder(afterDate.get());
            } else if (entry != null) {
                entry.append('\n').append(line);
            }
        }
        if (entry != null) {
            entries.add(entry.toString());
        }
        return entries.isEmpty() ? body : entries;
    }

    /** The rest of a line that starts with a date, after a label if one comes first ("Date: 3 May 2019"). */
    private static Optional<String> afterDate(String line) {
        Matcher label = LEADING_LABEL.matcher(line);
        String unlabelled = label.lookingAt() ? line.substring(label.end()) : line;
        for (String candidate : List.of(line, unlabelled)) {
            Matcher m = DATE_PREFIX.matcher(candidate);
            if (m.lookingAt() && m.end() > 0 && hasDigitOrDay(m)) {
                return Optional.of(candidate.substring(m.end()).strip());
            }
        }
        return Optional.empty();
    }

    private boolean signOff(String line) {
        Matcher label = LEADING_LABEL.matcher(line);
        return label.lookingAt() && signOffLabels.contains(PhraseIndex.words(label.group(1)));
    }

    /** The entry without its clauses that record that nothing happened ("No concerns.", "nothing to report"). */
    private static String withoutNegatedClauses(String entry) {
        List<String> kept = new ArrayList<>();
        for (String clause : CLAUSE_END.split(entry)) {
            List<String> words = List.of(clause.strip().toLowerCase(Locale.ROOT).split("\\s+"));
            int first = !words.isEmpty() && words.get(0).equals("and") ? 1 : 0;
            if (words.size() <= first || !NEGATORS.contains(words.get(first))) {
                kept.add(clause);
            }
        }
        return String.join(". ", kept);
    }

    private static boolean hasDigitOrDay(Matcher m) {
        return m.group().chars().anyMatch(Character::isLetterOrDigit);
    }

    private Optional<String> substanceOf(String text) {
        // a form's labels ("Key worker:", "Mood:") are the form's words, not the carer's
        String entry = withoutNegatedClauses(text.lines()
                .map(l -> DocumentRegions.FIELD_LABEL.matcher(l).replaceAll(" "))
                .collect(Collectors.joining(". ")));
        if (routinePhrases != null) {
            entry = routinePhrases.matcher(entry).replaceAll(" ");
        }
        int term = substanceTerms.find(entry).nextSetBit(0);
        if (term >= 0) {
            return Optional.of("'" + substanceNames.get(term) + "'");
        }
        List<String> others = new ArrayList<>();
        Matcher words = WORD.matcher(entry);
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!Character.isUpperCase(word.charAt(0)) && !routineWords.contains(lower) && !others.contains(lower)) {
                others.add(lower);
            }
        }
        if (others.size() * otherWordWeight >= 1 - 1e-9) {
            String quoted = others.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
            return Optional.of((others.size() == 1 ? "word " : "words ") + quoted);
        }
        return Optional.empty();
    }
}
