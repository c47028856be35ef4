package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * Two documents' texts lined up word by word, and what each has that the other lacks, read as an officer would.
 * Whether one is a copy of the other, or wholly inside it, follows from that: a document is inside another when
 * nothing of substance of it is missing from the other; two are copies when each is inside the other.
 *
 * @param aWords how many words the first text has
 * @param bWords how many words the second has
 * @param sameWords how many words of the first are in the second, in order
 * @param onlyA what only the first has (a misreading is listed here, with both readings)
 * @param onlyB what only the second has
 */
public record CopyComparison(int aWords, int bWords, int sameWords, List<Difference> onlyA, List<Difference> onlyB) {

    /** Fewer words than this say too little to call a document a copy of another, or inside it, by its words alone. */
    static final int FEWEST_WORDS = 20;

    public CopyComparison {
        onlyA = List.copyOf(onlyA);
        onlyB = List.copyOf(onlyB);
    }

    static CopyComparison of(String a, String b, int noteWords) {
        return of(ComparedText.of(a), ComparedText.of(b), noteWords);
    }

    /** The two texts lined up; the running lines left out of either are among what that one has. */
    static CopyComparison of(ComparedText a, ComparedText b, int noteWords) {
        WordSequence first = WordSequence.of(a.text());
        WordSequence second = WordSequence.of(b.text());
        List<WordAlignment.Run> runs = WordAlignment.of(first, second);
        int same = runs.stream()
                .filter(r -> r.kind() == WordAlignment.Kind.SAME)
                .mapToInt(WordAlignment.Run::aLength)
                .sum();
        List<List<Difference>> differences = new DifferenceReader(noteWords).read(first, second, runs);
        return new CopyComparison(
                first.size(), second.size(), same, running(a, differences.get(0)), running(b, differences.get(1)));
    }

    private static List<Difference> running(ComparedText text, List<Difference> differences) {
        if (text.runningLines() == 0) {
            return differences;
        }
        List<Difference> all = new ArrayList<>(differences);
        all.add(0, new Difference(Difference.Kind.RUNNING_HEADER, text.runningLines(), text.example()));
        return all;
    }

    /** Whether everything of substance in the first text is in the second. */
    public boolean firstInsideSecond() {
        return sameWords >= FEWEST_WORDS
                && onlyA.stream().allMatch(d -> d.kind().insubstantial());
    }

    /** Whether everything of substance in the second text is in the first. */
    public boolean secondInsideFirst() {
        return sameWords >= FEWEST_WORDS
                && onlyB.stream().allMatch(d -> d.kind().insubstantial());
    }

    /** The same comparison seen from the second text. */
    public CopyComparison reversed() {
        List<Difference> misread = onlyA.stream()
                .filter(d -> d.kind() == Difference.Kind.MISREADING)
                .map(d -> new Difference(d.kind(), d.words(), reverse(d.text())))
                .toList();
        List<Difference> first = new ArrayList<>(onlyB);
        first.addAll(misread);
        List<Difference> second = onlyA.stream()
                .filter(d -> d.kind() != Difference.Kind.MISREADING)
                .toList();
        return new CopyComparison(bWords, aWords, sameWords, first, second);
    }

    /** How many of the first text's words the second has, in order, or reads a little differently. */
    public double shareOfFirst() {
        int misread = onlyA.stream()
                .filter(d -> d.kind() == Difference.Kind.MISREADING)
                .mapToInt(Difference::words)
                .sum();
        return aWords == 0 ? 0 : Math.min(1.0, (double) (sameWords + misread) / aWords);
    }

    private static String reverse(String misreading) {
        int arrow = misreading.indexOf(" → ");
        return arrow < 0 ? misreading : misreading.substring(arrow + 3) + " → " + misreading.substring(0, arrow);
    }
}
