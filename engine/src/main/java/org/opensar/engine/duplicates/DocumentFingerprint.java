package org.opensar.engine.duplicates;

import java.util.Objects;

/**
 * What duplicate detection keeps of one document instead of its text: a hash of its normalised words (exact
 * copies), a sorted sample of its word-shingle hashes (the index that finds near copies and documents inside
 * others), and its {@link CopyTraits} (when it is dated, whether it was scanned, an e-mail's place in its
 * conversation).
 */
public record DocumentFingerprint(String file, long contentHash, int[] shingles, CopyTraits traits) {

    public DocumentFingerprint {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shingles, "shingles");
        traits = traits == null ? CopyTraits.NONE : traits;
    }

    /** A fingerprint with nothing known of the document besides its words. */
    public DocumentFingerprint(String file, long contentHash, int[] shingles) {
        this(file, contentHash, shingles, CopyTraits.NONE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentFingerprint f
                && f.file.equals(file)
                && f.contentHash == contentHash
                && java.util.Arrays.equals(f.shingles, shingles)
                && f.traits.equals(traits);
    }

    @Override
    public int hashCode() {
        return (Objects.hash(file, contentHash) * 31 + java.util.Arrays.hashCode(shingles)) * 31 + traits.hashCode();
    }

    @Override
    public String toString() {
        return "DocumentFingerprint[" + file + ", " + shingles.length + " shingles]";
    }
}
