package org.opensar.engine.policy;

/**
 * The policy file's {@code copies}: which copy is kept, and how many words (not numbers or names) a short addition of
 * nothing but what copying adds ("Copy for file.", a print line, a date stamp) may have and still leave a copy a copy.
 */
public record CopyPolicy(KeptCopy keep, int noteWords) {

    /** The earliest original; additions of up to 12 words. */
    public static final CopyPolicy DEFAULT = new CopyPolicy(KeptCopy.EARLIEST_ORIGINAL, 12);

    public CopyPolicy {
        keep = keep == null ? KeptCopy.EARLIEST_ORIGINAL : keep;
        if (noteWords < 0 || noteWords > 50) {
            throw new InvalidPolicyException("copies.noteWords must be between 0 and 50, not " + noteWords);
        }
    }
}
