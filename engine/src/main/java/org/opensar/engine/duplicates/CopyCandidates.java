package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of documents worth lining up, found on indexes, never by comparing every pair: exact copies share their
 * content hash; a document whose distinctive shingles are largely in another's sample (a copy, a scan of it, a note
 * pasted into a chronology, a message quoted in a reply) is found through the shingle index; and an e-mail is paired
 * with each message its References or In-Reply-To name. Shingles that many documents hold (a form's wording, a
 * standard footer) are left out of the index's count, so documents on one form are not paired for it.
 */
final class CopyCandidates {

    /** Fewer distinctive sampled shingles than this say too little to pair a document by. */
    static final int FEWEST_SHINGLES = 8;
    /**
     * The part of a document's distinctive sampled shingles another must hold to be lined up with it. A scan with
     * five misread words in a hundred keeps about four in five of its shingles; a reply quoting a third of a message
     * is below it and is not a copy of it anyway.
     */
    static final double SHARE = 0.5;
    /** The most documents one document is lined up with through the index, those sharing most first. */
    static final int MOST_PER_DOCUMENT = 8;

    /** Documents with the same words: each group's first and the others. */
    record Exact(int first, List<Integer> others) {}

    private final List<Exact> exact = new ArrayList<>();
    private final Set<Long> pairs = new LinkedHashSet<>();

    private CopyCandidates() {}

    static CopyCandidates of(List<DocumentFingerprint> fingerprints, int templateDocuments) {
        CopyCandidates candidates = new CopyCandidates();
        List<Integer> representatives = candidates.exactCopies(fingerprints);
        List<DocumentFingerprint> distinct =
                representatives.stream().map(fingerprints::get).toList();
        ShingleIndex index = ShingleIndex.of(distinct);
        for (int i = 0; i < distinct.size(); i++) {
            candidates.alike(distinct, index, i, templateDocuments, representatives);
        }
        candidates.conversations(fingerprints);
        return candidates;
    }

    List<Exact> exact() {
        return List.copyOf(exact);
    }

    /** The pairs to line up, as {@code [first, second]} places in the fingerprint list, first < second. */
    List<int[]> pairs() {
        return pairs.stream()
                .map(p -> new int[] {(int) (p >>> 32), (int) (long) p})
                .toList();
    }

    private List<Integer> exactCopies(List<DocumentFingerprint> fingerprints) {
        Map<Long, List<Integer>> byHash = new LinkedHashMap<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            byHash.computeIfAbsent(fingerprints.get(i).contentHash(), k -> new ArrayList<>())
                    .add(i);
        }
        List<Integer> representatives = new ArrayList<>();
        for (List<Integer> same : byHash.values()) {
            representatives.add(same.get(0));
            if (same.size() > 1) {
                exact.add(new Exact(same.get(0), List.copyOf(same.subList(1, same.size()))));
            }
        }
        return representatives;
    }

    private void alike(
            List<DocumentFingerprint> documents,
            ShingleIndex index,
            int i,
            int templateDocuments,
            List<Integer> places) {
        int[] distinctive = Arrays.stream(documents.get(i).shingles())
                .filter(s -> index.holders(s) < templateDocuments)
                .toArray();
        if (distinctive.length < FEWEST_SHINGLES) {
            return;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (int shingle : distinctive) {
            index.forEachHolder(shingle, other -> {
                if (other != i) {
                    shared.merge(other, 1, Integer::sum);
                }
            });
        }
        shared.entrySet().stream()
                .filter(e -> {
                    int sampled = ShingleIndex.upTo(distinctive, ShingleIndex.covered(documents.get(e.getKey())));
                    return sampled >= FEWEST_SHINGLES && e.getValue() >= SHARE * sampled;
                })
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
                .limit(MOST_PER_DOCUMENT)
                .forEach(e -> pair(places.get(i), places.get(e.getKey())));
    }

    /** Each message with every message its References or In-Reply-To name. */
    private void conversations(List<DocumentFingerprint> fingerprints) {
        Map<String, Integer> byMessageId = new HashMap<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            String id = fingerprints.get(i).traits().messageId();
            if (id != null) {
                byMessageId.putIfAbsent(id, i);
            }
        }
        for (int i = 0; i < fingerprints.size(); i++) {
            for (String reference : fingerprints.get(i).traits().references()) {
                Integer answered = byMessageId.get(reference);
                if (answered != null && answered != i) {
                    pair(i, answered);
                }
            }
        }
    }

    private void pair(int a, int b) {
        pairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
    }
}
