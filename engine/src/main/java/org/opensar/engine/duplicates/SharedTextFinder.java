package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        ShingleIndex postings = ShingleIndex.of(holders);
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
                int sampled = ShingleIndex.upTo(distinctive, ShingleIndex.covered(fingerprint));
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
}
