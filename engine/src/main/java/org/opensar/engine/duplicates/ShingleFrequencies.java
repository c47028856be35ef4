package org.opensar.engine.duplicates;

import java.util.Arrays;

/**
 * Approximate counts of how many documents hold each shingle, in fixed memory: a count-min sketch of two rows of
 * saturating byte counters. Counts can only be too high, which drops a shingle as common, never keeps template text.
 */
final class ShingleFrequencies {

    private static final int MAX_BITS = 24;

    private final byte[] first;
    private final byte[] second;
    private final int mask;

    ShingleFrequencies(int documents) {
        int bits = Math.min(MAX_BITS, Math.max(16, 32 - Integer.numberOfLeadingZeros(documents * 2048)));
        this.first = new byte[1 << bits];
        this.second = new byte[1 << bits];
        this.mask = (1 << bits) - 1;
    }

    void count(int[] shingles) {
        for (int shingle : shingles) {
            increment(first, shingle & mask);
            increment(second, (int) Fingerprinter.mix(shingle) & mask);
        }
    }

    /** The shingles found in fewer than {@code documents} documents. */
    int[] rare(int[] shingles, int documents) {
        return Arrays.stream(shingles).filter(s -> frequency(s) < documents).toArray();
    }

    private int frequency(int shingle) {
        return Math.min(
                Byte.toUnsignedInt(first[shingle & mask]),
                Byte.toUnsignedInt(second[(int) Fingerprinter.mix(shingle) & mask]));
    }

    private static void increment(byte[] counters, int slot) {
        if (counters[slot] != (byte) 0xFF) {
            counters[slot]++;
        }
    }
}
