package org.opensar.engine.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the text the officer approved for a document with the text the bundle holds for it, letter by letter
 * (without case, accents, spaces or punctuation, so line breaks and a word cut at the end of a line do not count),
 * and says where they first differ: a passage missing from the bundle, or text in the bundle that was not approved.
 */
final class TextComparison {

    /** How much of the text around a difference is quoted. */
    private static final int QUOTED = 80;

    private TextComparison() {}

    /** The letters and digits of some pieces of text, and for each which piece and where in it it came from. */
    private record Letters(String letters, int[] piece, int[] offset, List<String> pieces) {

        static Letters of(List<String> pieces) {
            StringBuilder letters = new StringBuilder();
            int size = pieces.stream().mapToInt(String::length).sum();
            int[] piece = new int[size + 1];
            int[] offset = new int[size + 1];
            for (int p = 0; p < pieces.size(); p++) {
                for (Words.Word word : Words.of(pieces.get(p))) {
                    for (int k = 0; k < word.folded().length(); k++) {
                        if (letters.length() == piece.length) {
                            piece = Arrays.copyOf(piece, piece.length * 2);
                            offset = Arrays.copyOf(offset, offset.length * 2);
                        }
                        piece[letters.length()] = p;
                        offset[letters.length()] = word.start();
                        letters.append(word.folded().charAt(k));
                    }
                }
            }
            return new Letters(letters.toString(), piece, offset, pieces);
        }

        /** The text from the word holding letter {@code at}, quoted on one line. */
        String quote(int at) {
            if (at >= letters.length()) {
                return "(the end)";
            }
            String text = pieces.get(piece[at]).substring(offset[at]);
            String line = text.replaceAll("\\s+", " ").strip();
            return "\"" + (line.length() > QUOTED ? line.substring(0, QUOTED) + "…" : line) + "\"";
        }
    }

    static DocumentCompleteness compare(String file, int firstPage, List<String> approved, String bundle) {
        Letters expected = Letters.of(approved);
        Letters actual = Letters.of(List.of(bundle));
        if (expected.letters().equals(actual.letters())) {
            return new DocumentCompleteness(file, firstPage, 1.0, null);
        }
        int at = commonPrefix(expected.letters(), actual.letters());
        String rest =
                expected.letters().substring(at, Math.min(expected.letters().length(), at + 24));
        boolean extra = !rest.isEmpty() && actual.letters().indexOf(rest, at) > at;
        String difference = at >= expected.letters().length() || extra
                ? "the bundle holds text that was not approved for it, from " + actual.quote(at)
                : "the first passage missing is " + expected.quote(at) + unprintable(expected.quote(at));
        return new DocumentCompleteness(file, firstPage, share(approved, bundle), difference);
    }

    /**
     * Why a passage may be missing though the renderer kept it: a character of it that the bundle's fonts have no
     * glyph for (Thai, the scripts of India), which it prints as "?".
     */
    private static String unprintable(String passage) {
        return passage.codePoints()
                .filter(Character::isLetter)
                .filter(c -> !Fonts.printable(c))
                .boxed()
                .findFirst()
                .map(c -> " (its character " + Character.toString(c) + ", "
                        + Character.getName(c).toLowerCase(Locale.ROOT)
                        + ", is one the bundle's fonts cannot print: disclose this document from the original"
                        + " instead)")
                .orElse("");
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The share of the approved words that the bundle holds, however ordered. */
    private static double share(List<String> approved, String bundle) {
        Map<String, Integer> held = new HashMap<>();
        Words.of(bundle).forEach(w -> held.merge(w.folded(), 1, Integer::sum));
        int total = 0;
        int found = 0;
        for (String piece : approved) {
            for (Words.Word word : Words.of(piece)) {
                total++;
                Integer left = held.get(word.folded());
                if (left != null && left > 0) {
                    found++;
                    held.put(word.folded(), left - 1);
                }
            }
        }
        return total == 0 ? 1.0 : (double) found / total;
    }
}
