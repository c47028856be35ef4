package org.opensar.engine.detect;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a match could start (a cheap character test), instead of at every character: most of a
 * page is words, and most patterns here start with a digit, a capital, a plus sign or an at sign.
 */
final class PatternScan {

    private PatternScan() {}

    /** Calls {@code onMatch} for each non-overlapping match starting at a position {@code startsHere} accepts. */
    static void matches(Pattern pattern, String text, IntPredicate startsHere, Consumer<Matcher> onMatch) {
        Matcher matcher = pattern.matcher(text);
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (startsHere.test(i)) {
                matcher.region(i, n);
                if (matcher.lookingAt() && matcher.end() > i) {
                    onMatch.accept(matcher);
                    i = matcher.end();
                    continue;
                }
            }
            i++;
        }
    }

    /** A digit that does not follow another digit. */
    static IntPredicate digitRunStart(String text) {
        return i -> Character.isDigit(text.charAt(i)) && (i == 0 || !Character.isDigit(text.charAt(i - 1)));
    }

    /** A capital letter or digit that starts a word. */
    static IntPredicate capitalOrDigitWordStart(String text) {
        return i -> {
            char c = text.charAt(i);
            return (Character.isUpperCase(c) || Character.isDigit(c))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
        };
    }
}
