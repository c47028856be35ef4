package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensar.engine.WordList;

/**
 * Reads each difference between two lined-up texts as an officer would: a header or footer repeated on every printed
 * page, page numbers, a word or two read differently by OCR, a short addition of nothing but what copying adds (a
 * print line, a date stamp, "Copy for file."), or words of substance. Numbers that differ are always substance
 * (another date, another amount): the same form filled in on another day is another record.
 */
final class DifferenceReader {

    private static final Set<String> COPYING_WORDS = WordList.load(DifferenceReader.class, "copying-words.txt");
    private static final Set<String> MONTHS = Set.of(
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "mon",
            "tue",
            "wed",
            "thu",
            "fri",
            "sat",
            "sun",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "am",
            "pm");
    /** Words only spaced differently ("conferenceminutes" for "conference minutes") are a misreading up to this many. */
    private static final int SPACING_WORDS = 8;
    /** A misreading changes at most this many words on either side. */
    private static final int MISREAD_WORDS = 3;
    /** The most words a line of a print header or footer has. */
    private static final int HEADER_WORDS = 24;
    /** The longest capitals-only word taken for an abbreviation or a system's name ("LCS", "MASH"). */
    private static final int ABBREVIATION = 5;

    private final int noteWords;

    /** @param noteWords the most words an addition of nothing but what copying adds may have */
    DifferenceReader(int noteWords) {
        this.noteWords = noteWords;
    }

    /** The differences each side has, a's first: {@code [0]} what only a has, {@code [1]} what only b has. */
    List<List<Difference>> read(WordSequence a, WordSequence b, List<WordAlignment.Run> runs) {
        List<Difference> onlyA = new ArrayList<>();
        List<Difference> onlyB = new ArrayList<>();
        for (Difference[] read : readRuns(a, b, runs)) {
            if (read[0] != null) {
                onlyA.add(read[0]);
            }
            if (read[1] != null) {
                onlyB.add(read[1]);
            }
        }
        return List.of(List.copyOf(onlyA), List.copyOf(onlyB));
    }

    /**
     * What each run of the alignment is read as, in order: {@code [0]} what a has there, {@code [1]} what b has, either
     * null when that side has nothing of its own (a misreading is on a's side only, as in {@link #read}).
     */
    List<Difference[]> readRuns(WordSequence a, WordSequence b, List<WordAlignment.Run> runs) {
        Map<String, Integer> repeatedA = repeats(a, runs, true);
        Map<String, Integer> repeatedB = repeats(b, runs, false);
        List<Difference[]> read = new ArrayList<>(runs.size());
        for (WordAlignment.Run run : runs) {
            read.add(
                    switch (run.kind()) {
                        case SAME -> new Difference[2];
                        case ONLY_A -> new Difference[] {addition(a, run.aFrom(), run.aTo(), repeatedA), null};
                        case ONLY_B -> new Difference[] {null, addition(b, run.bFrom(), run.bTo(), repeatedB)};
                        case CHANGED -> changed(a, b, run, repeatedA, repeatedB);
                    });
        }
        return read;
    }

    private Difference[] changed(
            WordSequence a,
            WordSequence b,
            WordAlignment.Run run,
            Map<String, Integer> repeatedA,
            Map<String, Integer> repeatedB) {
        if (misreading(a, run, b)) {
            return new Difference[] {
                new Difference(
                        Difference.Kind.MISREADING,
                        run.aLength(),
                        a.quote(run.aFrom(), run.aTo()) + " → " + b.quote(run.bFrom(), run.bTo())),
                null
            };
        }
        if (otherNumbers(a, run, b)) {
            return new Difference[] {
                new Difference(Difference.Kind.SUBSTANCE, run.aLength(), a.quote(run.aFrom(), run.aTo())),
                new Difference(Difference.Kind.SUBSTANCE, run.bLength(), b.quote(run.bFrom(), run.bTo()))
            };
        }
        return new Difference[] {
            addition(a, run.aFrom(), run.aTo(), repeatedA), addition(b, run.bFrom(), run.bTo(), repeatedB)
        };
    }

    private Difference addition(WordSequence words, int from, int to, Map<String, Integer> repeated) {
        String quoted = words.quote(from, to);
        int length = to - from;
        if (numbersAndPages(words, from, to)) {
            return new Difference(Difference.Kind.PAGE_NUMBER, length, quoted);
        }
        List<String> lines = lines(words, from, to);
        if (lines.stream().allMatch(line -> headerLength(line) && similarElsewhere(line, repeated))
                && onlyCopyingWords(words, from, to, Integer.MAX_VALUE)) {
            return new Difference(Difference.Kind.RUNNING_HEADER, length, quoted);
        }
        if (onlyCopyingWords(words, from, to, noteWords)) {
            return new Difference(Difference.Kind.ADDED_BY_COPYING, length, quoted);
        }
        return new Difference(Difference.Kind.SUBSTANCE, length, quoted);
    }

    /**
     * A change of words that reads as the same words: words split or joined ("assess ment", "conferenceminutes"), or
     * in a few words letters that look alike ("clesk" for "desk", "ori" for "on"), never one number for another.
     */
    private static boolean misreading(WordSequence a, WordAlignment.Run run, WordSequence b) {
        if (run.aLength() > SPACING_WORDS || run.bLength() > SPACING_WORDS) {
            return false;
        }
        String as = join(a, run.aFrom(), run.aTo());
        String bs = join(b, run.bFrom(), run.bTo());
        if (as.equals(bs)) {
            return true;
        }
        if (run.aLength() > MISREAD_WORDS || run.bLength() > MISREAD_WORDS) {
            return false;
        }
        if (as.chars().allMatch(Character::isDigit) && bs.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int longer = Math.max(as.length(), bs.length());
        return distance(as, bs) <= Math.max(longer >= 3 ? 2 : 1, longer * 2 / 5);
    }

    /**
     * Numbers in place of other numbers, not a page's: another date, amount or time, so another record. Page numbers
     * ("Page 2 of 3" for "Page 1 of 2") are not.
     */
    private static boolean otherNumbers(WordSequence a, WordAlignment.Run run, WordSequence b) {
        return hasNumber(a, run.aFrom(), run.aTo())
                && hasNumber(b, run.bFrom(), run.bTo())
                && !(mentionsPage(a, run.aFrom(), run.aTo()) && mentionsPage(b, run.bFrom(), run.bTo()));
    }

    private static boolean hasNumber(WordSequence words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.word(i).chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsPage(WordSequence words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.word(i).equals("page")) {
                return true;
            }
        }
        return false;
    }

    /** Every word a number, a month or day name, "page" or "of": a page number, a date, a time. */
    private static boolean numbersAndPages(WordSequence words, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = words.word(i);
            if (!(word.chars().allMatch(Character::isDigit)
                    || MONTHS.contains(word)
                    || word.equals("page")
                    || word.equals("of")
                    || word.equals("p"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every word copying's own, a number, a date, a name or a single letter (an initial, the s of "Children's"), at
     * least one of them copying's own and at most {@code most} of them words (not numbers or names).
     */
    private static boolean onlyCopyingWords(WordSequence words, int from, int to, int most) {
        int counted = 0;
        for (int i = from; i < to; i++) {
            String word = words.word(i);
            if (copyingWord(word)) {
                counted++;
            } else if (!(word.chars().anyMatch(Character::isDigit)
                    || word.length() == 1
                    || MONTHS.contains(word)
                    || words.name(i)
                    || (words.allCapitals(i) && word.length() <= ABBREVIATION))) {
                return false;
            }
        }
        return counted > 0 && counted <= most;
    }

    /**
     * How often each line of this side's additions (its digits masked) occurs among them: a header or footer
     * repeated on every page. A line of page numbers counts as repeated.
     */
    private static Map<String, Integer> repeats(WordSequence words, List<WordAlignment.Run> runs, boolean aSide) {
        Map<String, Integer> counts = new HashMap<>();
        for (WordAlignment.Run run : runs) {
            boolean has = run.kind() == WordAlignment.Kind.CHANGED
                    || run.kind() == (aSide ? WordAlignment.Kind.ONLY_A : WordAlignment.Kind.ONLY_B);
            if (has) {
                lines(words, aSide ? run.aFrom() : run.bFrom(), aSide ? run.aTo() : run.bTo())
                        .forEach(line -> counts.merge(line, 1, Integer::sum));
            }
        }
        counts.replaceAll((line, count) -> line.matches("[#\\s]*(page|of|p|\\s|#)*") ? 2 : count);
        return counts;
    }

    /**
     * Whether another line of this side's additions reads nearly the same (four in five of its letters): the same
     * header on another page, read a little differently by OCR.
     */
    private static boolean similarElsewhere(String line, Map<String, Integer> additions) {
        for (Map.Entry<String, Integer> other : additions.entrySet()) {
            String text = other.getKey();
            boolean itself = text.equals(line);
            if ((!itself || other.getValue() >= 2)
                    && Math.abs(text.length() - line.length()) <= line.length() / 5
                    && (itself || distance(text, line) <= line.length() / 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line of a text is one a printout repeats on every page: short, and only words copying adds, numbers
     * and names ("Printed 27/06/2016 by LCS user 3002", "Page 2 of 5").
     */
    static boolean copyingLine(String line) {
        WordSequence words = WordSequence.of(line);
        return words.size() > 0
                && words.size() <= HEADER_WORDS
                && onlyCopyingWords(words, 0, words.size(), HEADER_WORDS);
    }

    /** A line short enough for a print header or footer. */
    private static boolean headerLength(String line) {
        return line.split(" ").length <= HEADER_WORDS;
    }

    /** The words from {@code from} to {@code to}, line by line, digits masked. */
    private static List<String> lines(WordSequence words, int from, int to) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && words.line(i) != words.line(i - 1)) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(words.word(i).replaceAll("\\d+", "#"));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String join(WordSequence words, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            joined.append(words.word(i));
        }
        return joined.toString();
    }

    /** A word of copying's own, or one letter off one (a stamp or a header read by OCR: "onee" for "once"). */
    private static boolean copyingWord(String word) {
        if (COPYING_WORDS.contains(word)) {
            return true;
        }
        return word.length() >= 4
                && COPYING_WORDS.stream()
                        .anyMatch(w -> Math.abs(w.length() - word.length()) <= 1 && distance(w, word) <= 1);
    }

    /** Levenshtein distance, for words of a misreading (a few characters each). */
    static int distance(String s, String t) {
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
