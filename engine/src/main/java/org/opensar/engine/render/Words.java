package org.opensar.engine.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as a sequence of words (runs of letters and digits), compared without case or accents, so that "José
 * O'Neill" and "JOSE O NEILL" split across two lines are the same words. Both the renderer and the verifier find
 * redacted text this way, so what one covers the other checks.
 */
final class Words {

    /** One word: where it is in the text and its folded form. */
    record Word(int start, int end, String folded) {}

    private Words() {}

    static List<Word> of(CharSequence text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            String folded = fold(text.subSequence(start, i).toString());
            if (!folded.isEmpty()) {
                words.add(new Word(start, i, folded));
            }
        }
        return words;
    }

    /**
     * Letters, digits, combining marks, and the invisible format characters a word can hold (a zero-width space or
     * soft hyphen, "ra\u200Bboty" in one of Apache POI's test files), which the bundle does not print: read as two
     * words the renderer left them uncovered, and printed as one the verifier found them.
     */
    static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.FORMAT;
    }

    /** Lower case, without accents or format characters, ligatures and other compatibility forms decomposed. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("[\\p{M}\\p{Cf}]", "");
            }
        }
        return lower;
    }
}
