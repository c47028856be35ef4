package org.opensar.engine.duplicates;

import java.util.Objects;

/**
 * What duplicate detection keeps of one document instead of its text: a hash of its normalised words (exact
 * copies), and a sorted sample of its word-shingle hashes (near copies).
 */
public record DocumentFingerprint(String file, long contentHash, int[] shingles) {

    public DocumentFingerprint {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shingles, "shingles");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentFingerprint f
                && f.file.equals(file)
                && f.contentHash == contentHash
                && java.util.Arrays.equals(f.shingles, shingles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, contentHash) * 31 + java.util.Arrays.hashCode(shingles);
    }

    @Override
    public String toString() {
        return "DocumentFingerprint[" + file + ", " + shingles.length + " shingles]";
    }
}
