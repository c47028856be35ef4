package org.opensar.engine.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinctive text of a withheld document, kept as hashes of runs of {@link #RUN} words (at most
 * {@link #SAMPLE} of them, spread over the document), so the verifier can tell whether it leaked into the bundle
 * without holding its text.
 */
public record WithheldText(String file, Set<Long> runs) {

    static final int RUN = 8;
    static final int SAMPLE = 200;

    public WithheldText {
        runs = Set.copyOf(runs);
    }

    public static WithheldText of(String file, String text) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(hashes(text)));
        Set<Long> sample = new LinkedHashSet<>();
        int step = Math.max(1, all.size() / SAMPLE);
        for (int i = 0; i < all.size() && sample.size() < SAMPLE; i += step) {
            sample.add(all.get(i));
        }
        return new WithheldText(file, sample);
    }

    /** Which of {@code texts} hold each run, so a text is looked up by the runs found rather than compared whole. */
    static Map<Long, List<WithheldText>> byRun(List<WithheldText> texts) {
        Map<Long, List<WithheldText>> byRun = new HashMap<>();
        texts.forEach(text -> text.runs()
                .forEach(run ->
                        byRun.computeIfAbsent(run, r -> new ArrayList<>()).add(text)));
        return byRun;
    }

    /** This text less the runs in {@code shared}. */
    WithheldText without(Set<Long> shared) {
        Set<Long> kept = new LinkedHashSet<>(runs);
        kept.removeAll(shared);
        return new WithheldText(file, kept);
    }

    /**
     * How many of its runs must be found before the document counts as present: a quarter, and at least two, so a
     * shared phrase or letterhead alone does not count.
     */
    int threshold() {
        return Math.max(2, (runs.size() + 3) / 4);
    }

    static List<Long> hashes(String text) {
        List<Long> hashes = new ArrayList<>();
        Deque<String> window = new ArrayDeque<>(RUN);
        for (Words.Word word : Words.of(text)) {
            roll(window, word.folded(), hashes::add);
        }
        return hashes;
    }

    /** Adds {@code word} to the window and, once it holds {@link #RUN} words, hands on the run's hash. */
    static void roll(Deque<String> window, String word, java.util.function.LongConsumer onRun) {
        window.addLast(word);
        if (window.size() > RUN) {
            window.removeFirst();
        }
        if (window.size() == RUN) {
            long hash = 0xcbf29ce484222325L;
            for (String w : window) {
                for (int i = 0; i < w.length(); i++) {
                    hash = (hash ^ w.charAt(i)) * 0x100000001b3L;
                }
                hash = (hash ^ ' ') * 0x100000001b3L;
            }
            onRun.accept(hash);
        }
    }
}
