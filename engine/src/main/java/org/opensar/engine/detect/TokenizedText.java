package org.opensar.engine.detect;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text split once into words, shared read-only by every recognizer. A word is a run of letters that may contain
 * an inner apostrophe or hyphen ("O'Brien", "Smith-Jones") or be hyphenated across a line break ("Kay-\nleigh");
 * a trailing possessive ("Donna's") is not part of it.
 * Each word also has a folded form: lower case, accents removed ("Zoë" becomes "zoe"), for list look-ups.
 */
public final class TokenizedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern HYPHENATED_LINE_BREAK = Pattern.compile("-\r?\n");

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] folded;
    private final boolean[] possessive;

    private TokenizedText(String text, int[] starts, int[] ends, boolean[] possessive) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.possessive = possessive;
        this.folded = new String[starts.length];
        for (int i = 0; i < starts.length; i++) {
            String word = text.substring(starts[i], ends[i]);
            folded[i] = fold(
                    word.indexOf('\n') < 0
                            ? word
                            : HYPHENATED_LINE_BREAK.matcher(word).replaceAll(""));
        }
    }

    public static TokenizedText of(String text) {
        int n = text.length();
        int[] starts = new int[Math.max(16, n / 5)];
        int[] ends = new int[starts.length];
        boolean[] possessive = new boolean[starts.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    i++;
                } else if (isJoiner(c)
                        && i + 1 < n
                        && Character.isLetter(text.charAt(i + 1))
                        && !isPossessive(text, i)) {
                    i++;
                } else if (c == '-' && lineBreakLength(text, i + 1) > 0) {
                    i += 1 + lineBreakLength(text, i + 1);
                } else {
                    break;
                }
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                possessive = Arrays.copyOf(possessive, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            possessive[count] = isPossessive(text, i);
            if (possessive[count]) {
                i += 2;
            }
            count++;
        }
        return new TokenizedText(
                text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(possessive, count));
    }

    /** The length of a line break at {@code i} that a letter follows ("Kay-\nleigh"), or 0. */
    private static int lineBreakLength(String text, int i) {
        int length = text.startsWith("\r\n", i) ? 2 : text.startsWith("\n", i) ? 1 : 0;
        return length > 0 && i + length < text.length() && Character.isLetter(text.charAt(i + length)) ? length : 0;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    private static boolean isPossessive(String text, int i) {
        if (i + 1 >= text.length() || (text.charAt(i) != '\'' && text.charAt(i) != '’')) {
            return false;
        }
        char s = text.charAt(i + 1);
        return (s == 's' || s == 'S') && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    }

    /** Lower case, accents removed, curly apostrophes straightened: the form used for list look-ups. */
    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        String plain = ascii
                ? word
                : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD))
                        .replaceAll("")
                        .replace('’', '\'')
                        // letters with a stroke have no decomposition: "Małgorzata" is written malgorzata in e-mail
                        .replace('ł', 'l')
                        .replace('Ł', 'L')
                        .replace('ø', 'o')
                        .replace('Ø', 'O')
                        .replace('đ', 'd')
                        .replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT);
    }

    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    /** The last word that ends at or before {@code offset}, or -1 if none does. */
    public int lastWordBefore(int offset) {
        int found = Arrays.binarySearch(ends, offset);
        return found >= 0 ? found : -found - 2;
    }

    public int start(int word) {
        return starts[word];
    }

    public int end(int word) {
        return ends[word];
    }

    public String word(int word) {
        return text.substring(starts[word], ends[word]);
    }

    public String folded(int word) {
        return folded[word];
    }

    /** Whether {@code 's} follows the word. */
    public boolean possessive(int word) {
        return possessive[word];
    }

    /** Whether the word starts with a capital letter. */
    public boolean capitalised(int word) {
        return Character.isUpperCase(text.charAt(starts[word]));
    }

    /** Whether the word is all capitals and longer than one letter ("DONNA"). */
    public boolean upperCase(int word) {
        if (ends[word] - starts[word] < 2) {
            return false;
        }
        for (int i = starts[word]; i < ends[word]; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the full stop at {@code dot} ends an initial ("J. R. R. Tolkien") or a title ("Dr. Shah"). */
    private boolean afterInitialOrTitle(int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String before = text.substring(start, dot);
        return (before.length() == 1 && Character.isUpperCase(before.charAt(0)))
                || Vocabulary.TITLES.contains(before.toLowerCase(Locale.ROOT));
    }

    /** Whether only white space (line breaks included) separates this word from the next one. */
    public boolean adjacentToNext(int word) {
        if (word + 1 >= starts.length) {
            return false;
        }
        for (int i = ends[word] + (possessive[word] ? 2 : 0); i < starts[word + 1]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return !possessive[word];
    }

    /** Whether the word opens a sentence, a heading or a list item: capitals there say little about names. */
    public boolean sentenceStart(int word) {
        int newlines = 0;
        for (int i = starts[word] - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (++newlines == 2) {
                    return true;
                }
            } else if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '‘' || c == '(') {
                continue;
            } else if (c == '.') {
                return !afterInitialOrTitle(i);
            } else {
                return c == '!' || c == '?' || c == ':' || c == ';' || c == '•' || c == '*' || c == '-';
            }
        }
        return true;
    }
}
