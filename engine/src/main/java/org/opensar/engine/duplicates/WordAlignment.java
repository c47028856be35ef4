package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines up the words of two texts, in order, as a diff does for lines: runs of the same words, and between them what
 * only one text has or what each has in place of the other. Built on anchors, as patience diff is: runs of words
 * that occur once in each text (four words, then two, then one within what is left), the longest chain of them
 * in order, then the same again in each gap. Time grows with the texts' length, not its square, so a 30-page
 * chronology can be lined up with the note pasted into it.
 */
final class WordAlignment {

    /** A run of the alignment: words {@code aFrom..aTo} of the first text against {@code bFrom..bTo} of the second. */
    record Run(Kind kind, int aFrom, int aTo, int bFrom, int bTo) {

        int aLength() {
            return aTo - aFrom;
        }

        int bLength() {
            return bTo - bFrom;
        }
    }

    enum Kind {
        SAME,
        /** Words only the first text has. */
        ONLY_A,
        /** Words only the second text has. */
        ONLY_B,
        /** Words of the first text where the second has other words. */
        CHANGED
    }

    private static final int[] ANCHOR_LENGTHS = {4, 2, 1};

    private final WordSequence a;
    private final WordSequence b;
    private final List<Run> runs = new ArrayList<>();

    private WordAlignment(WordSequence a, WordSequence b) {
        this.a = a;
        this.b = b;
    }

    static List<Run> of(WordSequence a, WordSequence b) {
        WordAlignment alignment = new WordAlignment(a, b);
        alignment.align(0, a.size(), 0, b.size());
        return List.copyOf(alignment.runs);
    }

    private void align(int aFrom, int aTo, int bFrom, int bTo) {
        int prefix = 0;
        while (aFrom + prefix < aTo && bFrom + prefix < bTo && same(aFrom + prefix, bFrom + prefix)) {
            prefix++;
        }
        emit(Kind.SAME, aFrom, aFrom + prefix, bFrom, bFrom + prefix);
        aFrom += prefix;
        bFrom += prefix;
        int suffix = 0;
        while (aTo - suffix > aFrom && bTo - suffix > bFrom && same(aTo - suffix - 1, bTo - suffix - 1)) {
            suffix++;
        }
        alignMiddle(aFrom, aTo - suffix, bFrom, bTo - suffix);
        emit(Kind.SAME, aTo - suffix, aTo, bTo - suffix, bTo);
    }

    private void alignMiddle(int aFrom, int aTo, int bFrom, int bTo) {
        if (aFrom == aTo || bFrom == bTo) {
            emit(aFrom == aTo ? Kind.ONLY_B : Kind.ONLY_A, aFrom, aTo, bFrom, bTo);
            return;
        }
        for (int length : ANCHOR_LENGTHS) {
            int[][] chain = chain(anchors(aFrom, aTo, bFrom, bTo, length));
            if (chain.length == 0) {
                continue;
            }
            int aAt = aFrom;
            int bAt = bFrom;
            for (int[] anchor : chain) {
                if (anchor[0] < aAt || anchor[1] < bAt) {
                    continue;
                }
                align(aAt, anchor[0], bAt, anchor[1]);
                int run = length;
                while (anchor[0] + run < aTo && anchor[1] + run < bTo && same(anchor[0] + run, anchor[1] + run)) {
                    run++;
                }
                emit(Kind.SAME, anchor[0], anchor[0] + run, anchor[1], anchor[1] + run);
                aAt = anchor[0] + run;
                bAt = anchor[1] + run;
            }
            align(aAt, aTo, bAt, bTo);
            return;
        }
        emit(Kind.CHANGED, aFrom, aTo, bFrom, bTo);
    }

    /** Pairs (position in a, position in b) of the runs of {@code length} words that occur once in each range. */
    private List<int[]> anchors(int aFrom, int aTo, int bFrom, int bTo, int length) {
        Map<Long, int[]> counts = new HashMap<>();
        for (int i = aFrom; i + length <= aTo; i++) {
            int[] seen = counts.computeIfAbsent(key(a, i, length), k -> new int[] {0, -1, 0, -1});
            seen[0]++;
            seen[1] = i;
        }
        for (int j = bFrom; j + length <= bTo; j++) {
            int[] seen = counts.get(key(b, j, length));
            if (seen != null) {
                seen[2]++;
                seen[3] = j;
            }
        }
        List<int[]> anchors = new ArrayList<>();
        for (int[] seen : counts.values()) {
            if (seen[0] == 1 && seen[2] == 1 && sameRun(seen[1], seen[3], length)) {
                anchors.add(new int[] {seen[1], seen[3]});
            }
        }
        anchors.sort((x, y) -> Integer.compare(x[0], y[0]));
        return anchors;
    }

    /** The longest chain of anchors increasing in both texts (patience sorting), in order. */
    private static int[][] chain(List<int[]> anchors) {
        int n = anchors.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int b = anchors.get(i)[1];
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (anchors.get(tails[mid])[1] < b) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        int[][] chain = new int[length][];
        for (int i = length - 1, at = length == 0 ? -1 : tails[length - 1]; i >= 0; i--, at = previous[at]) {
            chain[i] = anchors.get(at);
        }
        return chain;
    }

    private static long key(WordSequence words, int from, int length) {
        long key = length;
        for (int i = from; i < from + length; i++) {
            key = Fingerprinter.mix(key * 1_000_003L + words.hash(i));
        }
        return key;
    }

    private boolean sameRun(int i, int j, int length) {
        for (int k = 0; k < length; k++) {
            if (!same(i + k, j + k)) {
                return false;
            }
        }
        return true;
    }

    private boolean same(int i, int j) {
        return a.hash(i) == b.hash(j) && a.word(i).equals(b.word(j));
    }

    private void emit(Kind kind, int aFrom, int aTo, int bFrom, int bTo) {
        if (aFrom == aTo && bFrom == bTo) {
            return;
        }
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            boolean merge = last.kind() == kind || (last.kind() != Kind.SAME && kind != Kind.SAME);
            if (merge && last.aTo() == aFrom && last.bTo() == bFrom) {
                Kind merged = last.kind() == kind ? kind : Kind.CHANGED;
                runs.set(runs.size() - 1, new Run(merged, last.aFrom(), aTo, last.bFrom(), bTo));
                return;
            }
        }
        runs.add(new Run(kind, aFrom, aTo, bFrom, bTo));
    }
}
