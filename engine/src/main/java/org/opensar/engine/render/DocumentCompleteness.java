package org.opensar.engine.render;

import java.util.Locale;

/**
 * How completely the bundle holds one disclosed document: the share of the words the officer approved for it that
 * are in the bundle, and where the two first differ (null when the bundle holds exactly the approved text, in order).
 */
public record DocumentCompleteness(String file, int firstPage, double share, String difference) {

    public boolean complete() {
        return difference == null;
    }

    /** "99.2%": the share of the approved words the bundle holds, rounded down so 100% means all of them. */
    public String percent() {
        return String.format(Locale.UK, "%.1f%%", Math.floor(share * 1000) / 10);
    }

    /** A line for the verifier's findings: which document, how much of it, and the first passage that differs. */
    String finding() {
        return file + " is not complete in the bundle (" + percent() + " of its approved words): " + difference;
    }
}
