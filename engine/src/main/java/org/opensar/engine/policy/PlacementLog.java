package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a carer's or placement log as entries (dated lines when there are any, otherwise every line after the
 * title) and finds the first entry with something of substance in it ({@link SubstanceRules}). Capitalised words
 * are taken for names and do not count by themselves; substance terms count wherever they are.
 */
final class PlacementLog {

    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?"
                    + "(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+"
                    + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\\s+\\d{4})?)?"
                    + "(?:\\s*\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?)?\\s*[:\\-\u2013]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019]*");

    private final PhraseIndex substanceTerms;
    private final List<String> substanceNames;
    private final Set<String> routineWords;
    private final double otherWordWeight;

    PlacementLog(SubstanceRules rules) {
        this.substanceNames = rules.substanceTerms();
        this.substanceTerms = new PhraseIndex(rules.substanceTerms());
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
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> dated = lines.stream()
                .map(DATE_PREFIX::matcher)
                .filter(m -> m.lookingAt() && m.end() > 0 && hasDigitOrDay(m))
                .map(m -> m.replaceFirst("").strip())
                .toList();
        return dated.isEmpty() ? lines.subList(Math.min(1, lines.size()), lines.size()) : dated;
    }

    private static boolean hasDigitOrDay(Matcher m) {
        return m.group().chars().anyMatch(Character::isLetterOrDigit);
    }

    private Optional<String> substanceOf(String line) {
        // a form's labels ("Key worker:", "Mood:") are the form's words, not the carer's
        String entry = DocumentRegions.FIELD_LABEL.matcher(line).replaceAll(" ");
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
