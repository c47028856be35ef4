package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Finds documents that hold much of another document's distinctive text without being copies of it: a note that
 * quotes a police report at length, or two records on one form that say nearly the same. Works on the fingerprints'
 * bottom-k shingle samples through an index of shingles, so no pair of documents is compared unless they share a
 * sampled shingle. Shingles that two or more holders share (a form's wording, a standard footer) prove nothing and are
 * left out, as the bundle's verifier leaves them out.
 *
 * <p>How much of a source a holder holds is estimated on the source's sampled shingles that fall in the range the
 * holder's own sample covers: a holder's sample holds every one of its shingles up to its largest sampled hash, so
 * within that range a source shingle missing from it is missing from the holder.
 */
public final class SharedTextFinder {

    /** {@code holder} holds {@code found} of the {@code sampled} distinctive shingles of {@code source} it could. */
    public record SharedText(String holder, String source, int found, int sampled) {

        public double share() {
            return (double) found / sampled;
        }

        /** "holds 12 of 40 sampled passages of withheld document documents/b.pdf", said of the holder. */
        public String passages() {
            return "holds " + found + " of " + sampled + " sampled passages of withheld document " + source;
        }
    }

    /** Fewer sampled shingles than this say too little to judge by. */
    static final int MIN_SAMPLED = 8;

    private final double share;

    /** @param share the part of a source's distinctive shingles a holder must hold to be reported (0..1) */
    public SharedTextFinder(double share) {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("share must be above 0 and at most 1, not " + share);
        }
        this.share = share;
    }

    /** Every holder that holds at least the share of a source's distinctive text, by holder then source. */
    public List<SharedText> find(List<DocumentFingerprint> sources, List<DocumentFingerprint> holders) {
        Postings postings = Postings.of(holders);
        List<SharedText> shared = new ArrayList<>();
        for (DocumentFingerprint source : sources) {
            int[] distinctive = Arrays.stream(source.shingles())
                    .filter(s -> postings.holders(s) < 2)
                    .toArray();
            Map<Integer, Integer> found = new TreeMap<>();
            for (int shingle : distinctive) {
                postings.forEachHolder(shingle, holder -> found.merge(holder, 1, Integer::sum));
            }
            found.forEach((holder, count) -> {
                DocumentFingerprint fingerprint = holders.get(holder);
                int sampled = upTo(distinctive, covered(fingerprint));
                if (!fingerprint.file().equals(source.file())
                        && sampled >= MIN_SAMPLED
                        && count >= 2
                        && count >= share * sampled) {
                    shared.add(new SharedText(fingerprint.file(), source.file(), count, sampled));
                }
            });
        }
        shared.sort(Comparator.comparing(SharedText::holder)
                .thenComparing(Comparator.comparingDouble(SharedText::share).reversed()));
        return shared;
    }

    /**
     * Which holders hold each sampled shingle: one sorted array of (shingle, holder) pairs packed in a long, so the
     * index of a large case costs 8 bytes a pair, not a map entry.
     */
    private record Postings(long[] pairs) {

        static Postings of(List<DocumentFingerprint> holders) {
            long[] pairs =
                    new long[holders.stream().mapToInt(h -> h.shingles().length).sum()];
            int n = 0;
            for (int holder = 0; holder < holders.size(); holder++) {
                for (int shingle : holders.get(holder).shingles()) {
                    pairs[n++] = ((long) shingle << 32) | holder;
                }
            }
            Arrays.sort(pairs);
            return new Postings(pairs);
        }

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
    }

    /** The largest shingle hash up to which a fingerprint's sample holds all of the document's shingles. */
    private static int covered(DocumentFingerprint fingerprint) {
        int[] sample = fingerprint.shingles();
        return sample.length < Fingerprinter.MAX_SHINGLES ? Integer.MAX_VALUE : sample[sample.length - 1];
    }

    /** How many of the sorted {@code shingles} are at most {@code limit}. */
    private static int upTo(int[] shingles, int limit) {
        int at = Arrays.binarySearch(shingles, limit);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
