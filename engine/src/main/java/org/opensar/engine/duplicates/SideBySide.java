package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * A removed copy's text and the kept document's, lined up word by word for the officer to read side by side: the
 * words both have, a line of the copy at a time, and between them what only one has or what each has in place of the
 * other, each read as the duplicate finder reads it (a print header or footer, a page number, a misreading, what
 * copying adds, or words of substance). Spacing, line breaks and punctuation do not count, as they do not when copies
 * are found.
 *
 * @param rows the texts in order, each row one side's words against the other's
 */
public record SideBySide(List<Row> rows) {

    /**
     * One row: the copy's words and the kept document's there, and what each side's are when only it has them (null
     * when the two sides have the same words).
     *
     * @param copy the removed copy's words, as written with spacing made single; empty when it has none there
     * @param copyHas what the copy's words are read as, or null
     * @param kept the kept document's words; empty when it has none there
     * @param keptHas what the kept document's words are read as, or null
     */
    public record Row(String copy, Difference.Kind copyHas, String kept, Difference.Kind keptHas) {

        /** Whether both sides have the same words here. */
        public boolean same() {
            return copyHas == null && keptHas == null;
        }

        /** Whether the two sides have the same words read a little differently (OCR, a split or joined word). */
        public boolean misread() {
            return copyHas == Difference.Kind.MISREADING;
        }
    }

    public SideBySide {
        rows = List.copyOf(rows);
    }

    /** The two texts lined up; {@code noteWords} as the duplicate finder was set ({@link DuplicateSettings}). */
    public static SideBySide of(String copy, String kept, int noteWords) {
        WordSequence a = WordSequence.of(copy);
        WordSequence b = WordSequence.of(kept);
        List<WordAlignment.Run> runs = WordAlignment.of(a, b);
        List<Difference[]> read = new DifferenceReader(noteWords).readRuns(a, b, runs);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            WordAlignment.Run run = runs.get(i);
            if (run.kind() == WordAlignment.Kind.SAME) {
                sameByLine(a, b, run, rows);
                continue;
            }
            Difference.Kind copyHas = kind(read.get(i)[0]);
            Difference.Kind keptHas = copyHas == Difference.Kind.MISREADING ? copyHas : kind(read.get(i)[1]);
            rows.add(new Row(a.quote(run.aFrom(), run.aTo()), copyHas, b.quote(run.bFrom(), run.bTo()), keptHas));
        }
        return new SideBySide(rows);
    }

    /** How many rows have a difference. */
    public long differences() {
        return rows.stream().filter(r -> !r.same()).count();
    }

    /** The words both have, a row for each line of the copy they are on. */
    private static void sameByLine(WordSequence a, WordSequence b, WordAlignment.Run run, List<Row> rows) {
        int from = run.aFrom();
        for (int i = run.aFrom() + 1; i <= run.aTo(); i++) {
            if (i == run.aTo() || a.line(i) != a.line(from)) {
                int bFrom = run.bFrom() + (from - run.aFrom());
                rows.add(new Row(a.quote(from, i), null, b.quote(bFrom, bFrom + (i - from)), null));
                from = i;
            }
        }
    }

    private static Difference.Kind kind(Difference difference) {
        return difference == null ? null : difference.kind();
    }
}
