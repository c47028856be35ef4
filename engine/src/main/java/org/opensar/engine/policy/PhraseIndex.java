package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds many policy phrases in one pass over a text: both are read as lower-case words (letters and digits; a
 * currency sign such as "£" is a word of its own), so a phrase matches whole words in any case with any spacing,
 * line breaks or punctuation between them.
 */
final class PhraseIndex {

    private record Phrase(int id, String[] words) {}

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    PhraseIndex(List<String> phrases) {
        for (int id = 0; id < phrases.size(); id++) {
            String[] words = words(phrases.get(id)).toArray(String[]::new);
            if (words.length > 0) {
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase(id, words));
            }
        }
    }

    /** The ids (positions in the constructor's list) of the phrases found in {@code text}. */
    BitSet find(String text) {
        List<String> words = words(text);
        BitSet found = new BitSet();
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(words.get(i));
            if (candidates != null) {
                for (Phrase phrase : candidates) {
                    if (matchesAt(words, i, phrase.words())) {
                        found.set(phrase.id());
                    }
                }
            }
        }
        return found;
    }

    /** The ids of the phrases {@code text} starts with ("Reason for transfer" in "reason for transfer to"). */
    BitSet findAtStart(String text) {
        List<String> words = words(text);
        BitSet found = new BitSet();
        List<Phrase> candidates = words.isEmpty() ? null : byFirstWord.get(words.get(0));
        if (candidates != null) {
            for (Phrase phrase : candidates) {
                if (matchesAt(words, 0, phrase.words())) {
                    found.set(phrase.id());
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(List<String> words, int start, String[] phrase) {
        if (start + phrase.length > words.size()) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!words.get(start + j).equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c);
            if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (wordChar && start < 0) {
                start = i;
            } else if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                words.add(String.valueOf(c));
            }
        }
        return words;
    }
}
