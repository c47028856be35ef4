package org.opensar.engine.casefile;

/**
 * Limits that stop a zip bomb: the most bytes a case may unpack to, the most entries, and the largest ratio of
 * unpacked to packed size for one entry (small entries are exempt from the ratio).
 */
public record ZipLimits(long maxTotalBytes, int maxEntries, long maxRatio) {

    /** 20 GB, 200,000 entries, 200 to 1. */
    public static final ZipLimits DEFAULT = new ZipLimits(20L << 30, 200_000, 200);
}
