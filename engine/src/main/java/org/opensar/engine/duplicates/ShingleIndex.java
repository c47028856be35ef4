package org.opensar.engine.duplicates;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Which documents hold each sampled shingle: one sorted array of (shingle, document) pairs packed in a long, so the
 * index of a large case costs 8 bytes a pair, not a map entry. Documents are numbered by their place in the list the
 * index was made from. Looking a document's sample up in it finds every document that shares a shingle with it, and
 * only those, so no pair of documents is compared unless they share some text.
 */
final class ShingleIndex {

    private final long[] pairs;

    private ShingleIndex(long[] pairs) {
        this.pairs = pairs;
    }

    static ShingleIndex of(List<DocumentFingerprint> documents) {
        long[] pairs =
                new long[documents.stream().mapToInt(h -> h.shingles().length).sum()];
        int n = 0;
        for (int document = 0; document < documents.size(); document++) {
            for (int shingle : documents.get(document).shingles()) {
                pairs[n++] = ((long) shingle << 32) | document;
            }
        }
        Arrays.sort(pairs);
        return new ShingleIndex(pairs);
    }

    /** How many documents hold {@code shingle}. */
    int holders(int shingle) {
        int first = first(shingle);
        int i = first;
        while (i < pairs.length && (int) (pairs[i] >> 32) == shingle) {
            i++;
        }
        return i - first;
    }

    void forEachHolder(int shingle, IntConsumer action) {
        for (int i = first(shingle); i < pairs.length && (int) (pairs[i] >> 32) == shingle; i++) {
            action.accept((int) pairs[i]);
        }
    }

    private int first(int shingle) {
        int at = Arrays.binarySearch(pairs, (long) shingle << 32);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * The largest shingle hash up to which a fingerprint's sample holds all of the document's shingles: its sample is
     * its smallest hashes, so a shingle of another document up to there that the sample lacks, the document lacks.
     */
    static int covered(DocumentFingerprint fingerprint) {
        int[] sample = fingerprint.shingles();
        return sample.length < Fingerprinter.MAX_SHINGLES ? Integer.MAX_VALUE : sample[sample.length - 1];
    }

    /** How many of the sorted {@code shingles} are at most {@code limit}. */
    static int upTo(int[] shingles, int limit) {
        int at = Arrays.binarySearch(shingles, limit);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
