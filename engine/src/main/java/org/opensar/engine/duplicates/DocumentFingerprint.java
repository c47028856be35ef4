package org.opensar.engine.duplicates;

import java.util.Objects;

/**
 * What duplicate detection keeps of one document instead of its text: a hash of its normalised words (exact
 * copies), a sorted sample of its word-shingle hashes (near copies) and the sorted epoch days of the dates it
 * mentions (records on the same form about different days are not copies).
 */
public record DocumentFingerprint(String file, long contentHash, int[] shingles, int[] dates) {

    public DocumentFingerprint {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shingles, "shingles");
        Objects.requireNonNull(dates, "dates");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentFingerprint f
                && f.file.equals(file)
                && f.contentHash == contentHash
                && java.util.Arrays.equals(f.shingles, shingles)
                && java.util.Arrays.equals(f.dates, dates);
    }

    @Override
    public int hashCode() {
        return (Objects.hash(file, contentHash) * 31 + java.util.Arrays.hashCode(shingles)) * 31
                + java.util.Arrays.hashCode(dates);
    }

    @Override
    public String toString() {
        return "DocumentFingerprint[" + file + ", " + shingles.length + " shingles, " + dates.length + " dates]";
    }
}
