package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds exact copies by content hash and near copies with MinHash and LSH banding, so no pair of documents is
 * compared unless their signatures agree on a whole band. Shingles that many documents share (a form's template,
 * a standard footer) are dropped first, so documents on the same form that say different things are not
 * duplicates; candidates are confirmed by the exact Jaccard similarity of the remaining, distinctive shingles, and
 * only when one of the two mentions every date the other does (the same form filled in on another day is another
 * record).
 */
public final class MinHashDuplicateFinder implements DuplicateFinder {

    private static final int BANDS = 20;
    private static final int ROWS = 5;
    private static final int MAX_COMPARISONS_PER_DOCUMENT = 100;

    private final DuplicateSettings settings;
    private final long[] seeds = new long[BANDS * ROWS];

    public MinHashDuplicateFinder(DuplicateSettings settings) {
        this.settings = settings;
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = Fingerprinter.mix(0x9E3779B97F4A7C15L * (i + 1));
        }
    }

    @Override
    public List<DuplicateGroup> find(List<DocumentFingerprint> fingerprints) {
        int n = fingerprints.size();
        UnionFind groups = new UnionFind(n);
        double[] similarity = new double[n];
        List<Integer> representatives = exactCopies(fingerprints, groups, similarity);
        ShingleFrequencies frequencies = new ShingleFrequencies(representatives.size());
        representatives.forEach(i -> frequencies.count(fingerprints.get(i).shingles()));
        Map<Integer, int[]> distinctive = new HashMap<>();
        Map<Integer, int[]> signatures = new HashMap<>();
        for (int i : representatives) {
            int[] kept = frequencies.rare(fingerprints.get(i).shingles(), settings.templateDocuments());
            if (kept.length >= settings.minShingles()) {
                distinctive.put(i, kept);
                signatures.put(i, signature(kept));
            }
        }
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (Map.Entry<Integer, int[]> entry : signatures.entrySet()) {
                buckets.computeIfAbsent(bandKey(entry.getValue(), band), k -> new ArrayList<>())
                        .add(entry.getKey());
            }
            for (List<Integer> bucket : buckets.values()) {
                confirm(bucket, fingerprints, distinctive, groups, similarity);
            }
        }
        return groups.components(fingerprints, similarity);
    }

    private static List<Integer> exactCopies(
            List<DocumentFingerprint> fingerprints, UnionFind groups, double[] similarity) {
        Map<Long, Integer> firstWithHash = new LinkedHashMap<>();
        List<Integer> representatives = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            Integer first = firstWithHash.putIfAbsent(fingerprints.get(i).contentHash(), i);
            if (first == null) {
                representatives.add(i);
            } else {
                groups.union(first, i);
                similarity[i] = 1.0;
                similarity[first] = 1.0;
            }
        }
        return representatives;
    }

    private void confirm(
            List<Integer> bucket,
            List<DocumentFingerprint> fingerprints,
            Map<Integer, int[]> distinctive,
            UnionFind groups,
            double[] similarity) {
        for (int a = 1; a < bucket.size(); a++) {
            int i = bucket.get(a);
            for (int b = Math.max(0, a - MAX_COMPARISONS_PER_DOCUMENT); b < a; b++) {
                int j = bucket.get(b);
                if (groups.find(i) == groups.find(j)
                        || !MentionedDates.compatible(
                                fingerprints.get(i).dates(), fingerprints.get(j).dates())) {
                    continue;
                }
                double jaccard = jaccard(distinctive.get(i), distinctive.get(j));
                if (jaccard >= settings.similarity()) {
                    groups.union(i, j);
                    similarity[i] = Math.max(similarity[i], jaccard);
                    similarity[j] = Math.max(similarity[j], jaccard);
                }
            }
        }
    }

    private int[] signature(int[] shingles) {
        int[] signature = new int[seeds.length];
        for (int h = 0; h < seeds.length; h++) {
            int min = Integer.MAX_VALUE;
            for (int shingle : shingles) {
                min = Math.min(min, (int) Fingerprinter.mix(shingle ^ seeds[h]));
            }
            signature[h] = min;
        }
        return signature;
    }

    private static long bandKey(int[] signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = Fingerprinter.mix(key * 31 + signature[band * ROWS + r]);
        }
        return key;
    }

    /** Jaccard similarity of two sorted sets. */
    static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
