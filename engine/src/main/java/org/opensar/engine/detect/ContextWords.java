package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Looks for whole cue words ("DOB", "sort code", "tel") in a window of text before a match. */
final class ContextWords {

    private ContextWords() {}

    /** The cues (lower case, matched as whole words: "car" is not in "care") in the window before {@code start}. */
    static List<String> before(String text, int start, int window, List<String> cues) {
        String region = text.substring(Math.max(0, start - window), start).toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>(1);
        for (String cue : cues) {
            if (containsWord(region, cue)) {
                found.add(cue);
            }
        }
        return found;
    }

    private static boolean containsWord(String region, String cue) {
        for (int at = region.indexOf(cue); at >= 0; at = region.indexOf(cue, at + 1)) {
            int end = at + cue.length();
            boolean startsWord = at == 0 || !Character.isLetter(region.charAt(at - 1));
            boolean endsWord = end == region.length()
                    || !Character.isLetter(region.charAt(end))
                    || !Character.isLetter(cue.charAt(cue.length() - 1));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}
