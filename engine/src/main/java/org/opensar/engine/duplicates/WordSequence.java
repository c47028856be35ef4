package org.opensar.engine.duplicates;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as the words a reader compares, in order: lower-cased letters and digits, so spacing, line breaks and
 * punctuation do not count, and a word a printout split across a line end with a hyphen ("disrupt-" / "ion") read
 * whole again. Each word keeps where it is in the text, so a difference can be quoted as it was written.
 */
final class WordSequence {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final String text;
    private final String[] words;
    private final int[] hashes;
    private final int[] starts;
    private final int[] ends;
    private final int[] lines;

    private WordSequence(String text, String[] words, int[] starts, int[] ends) {
        this.text = text;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.hashes = Arrays.stream(words).mapToInt(String::hashCode).toArray();
        this.lines = new int[words.length];
        int line = 0;
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            for (; at < starts[i]; at++) {
                line += text.charAt(at) == '\n' ? 1 : 0;
            }
            lines[i] = line;
        }
    }

    static WordSequence of(String text) {
        Matcher matcher = WORD.matcher(text);
        String[] words = new String[64];
        int[] starts = new int[64];
        int[] ends = new int[64];
        int n = 0;
        while (matcher.find()) {
            if (n > 0 && hyphenatedAtLineEnd(text, ends[n - 1], matcher.start())) {
                words[n - 1] = words[n - 1] + matcher.group().toLowerCase(Locale.ROOT);
                ends[n - 1] = matcher.end();
                continue;
            }
            if (n == words.length) {
                words = Arrays.copyOf(words, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            words[n] = matcher.group().toLowerCase(Locale.ROOT);
            starts[n] = matcher.start();
            ends[n] = matcher.end();
            n++;
        }
        return new WordSequence(text, Arrays.copyOf(words, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** "exclu-\nded": a lower-case letter, a hyphen, a line break (and spacing), a lower-case letter. */
    private static boolean hyphenatedAtLineEnd(String text, int previousEnd, int nextStart) {
        if (previousEnd >= text.length() || text.charAt(previousEnd) != '-' || nextStart - previousEnd < 2) {
            return false;
        }
        String between = text.substring(previousEnd + 1, nextStart);
        return between.indexOf('\n') >= 0
                && between.isBlank()
                && Character.isLowerCase(text.charAt(previousEnd - 1))
                && Character.isLowerCase(text.charAt(nextStart));
    }

    int size() {
        return words.length;
    }

    String word(int i) {
        return words[i];
    }

    int hash(int i) {
        return hashes[i];
    }

    /** Whether the word was written with a capital and is not the first of its sentence or line: a name, likely. */
    boolean capitalisedInside(int i) {
        char first = text.charAt(starts[i]);
        if (!Character.isUpperCase(first)) {
            return false;
        }
        for (int at = starts[i] - 1; at >= 0; at--) {
            char c = text.charAt(at);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') {
                return false;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '(' && c != '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word reads as a name: capitalised inside a sentence, or capitalised with a capitalised word next to
     * it ("Ashbury Borough Council", "Mariam Mansour") wherever it is.
     */
    boolean name(int i) {
        return capitalisedInside(i)
                || (capitalised(i)
                        && ((i + 1 < size() && capitalised(i + 1) && line(i + 1) == line(i))
                                || (i > 0 && capitalised(i - 1) && line(i - 1) == line(i))));
    }

    private boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Whether the word was written in capitals only ("RECEIVED", "LCS"). */
    boolean allCapitals(int i) {
        String written = text.substring(starts[i], ends[i]);
        return written.chars().anyMatch(Character::isLetter)
                && written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The text from word {@code from} to word {@code to} (exclusive) as it was written, spacing made single. */
    String quote(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(starts[from], ends[to - 1])
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The line of the text (from 0) word {@code i} is on. */
    int line(int i) {
        return lines[i];
    }

    /** Where word {@code i} starts in the text. */
    int start(int i) {
        return starts[i];
    }

    String text() {
        return text;
    }
}
