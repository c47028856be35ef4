package org.opensar.engine.policy;

/**
 * Which of a set of copies the policy keeps (the policy file's {@code copies.keep}). Whatever the setting, a copy
 * decided more protectively is kept first (withheld before sent to review before disclosed), so nothing withheld is
 * disclosed through its copy; and a document wholly inside another that adds something of substance is always shown
 * in that other.
 */
public enum KeptCopy {
    /** The original rather than a printout, a scan or a stamped copy of it, then the earliest. */
    EARLIEST_ORIGINAL("the earliest original"),
    /** The copy with the most in it (a note or a stamp added to it included), then the earliest original. */
    MOST_COMPLETE("the most complete copy"),
    /** Text as written rather than read back from a scan, with the fewest misreadings, then the earliest original. */
    MOST_READABLE("the most readable copy");

    private final String label;

    KeptCopy(String label) {
        this.label = label;
    }

    /** How the bundle and the officer say which copy was kept ("the earliest original"). */
    public String label() {
        return label;
    }
}
