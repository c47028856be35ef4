package org.opensar.engine.duplicates;

/**
 * How alike two documents must be to be duplicates (Jaccard similarity of distinctive shingles), in how many
 * documents a shingle must appear to count as template text, and the fewest distinctive shingles a document needs
 * to be compared at all (shorter ones are only caught as exact copies).
 */
public record DuplicateSettings(double similarity, int templateDocuments, int minShingles) {

    /** 0.75 similar, template text in 5 or more documents, at least 5 distinctive shingles. */
    public static final DuplicateSettings DEFAULT = new DuplicateSettings(0.75, 5, 5);
}
