package org.opensar.engine.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * Lays out a record's text, its redactions as boxes, keeping its structure: each line on its own line, lines between
 * blank lines a paragraph (blank lines in a row kept to one), and lines whose cells are apart by tabs (a
 * spreadsheet's or a table's rows, as extraction gives them) rows of a table, each cell its own, set apart.
 */
final class RecordText {

    private static final Pattern CELLS = Pattern.compile("\\t+");

    private final Typesetter t;
    private final ObjIntConsumer<ApprovedRedaction> onRedaction;

    /** Writes with {@code t}; {@code onRedaction} hears of every box drawn and its page. */
    RecordText(Typesetter t, ObjIntConsumer<ApprovedRedaction> onRedaction) {
        this.t = t;
        this.onRedaction = onRedaction;
    }

    void write(List<Segment> segments) throws IOException {
        boolean blank = false;
        PDStructureElement paragraph = null;
        PDStructureElement table = null;
        List<List<Segment>> lines = lines(segments);
        for (int i = 0; i < lines.size(); i++) {
            List<Segment> line = lines.get(i);
            if (isBlank(line)) {
                if (i > 0 && !blank) {
                    t.breakLine();
                }
                blank = true;
                paragraph = null;
                table = null;
                continue;
            }
            blank = false;
            if (isRow(line)) {
                table = table == null ? t.child(StandardStructureTypes.TABLE) : table;
                row(line, StructureTree.element(table, StandardStructureTypes.TR));
                paragraph = null;
            } else {
                paragraph = paragraph == null ? t.child(StandardStructureTypes.P) : paragraph;
                flow(line, paragraph);
                table = null;
            }
            t.breakLine();
        }
    }

    /** A line as it runs: words and boxes in {@code element}. */
    private void flow(List<Segment> line, PDStructureElement element) throws IOException {
        for (Segment segment : line) {
            if (segment.isRedaction()) {
                box(segment.redaction(), element);
            } else {
                t.line(segment.text(), element);
            }
        }
    }

    /** A table row: each cell, however many pieces and boxes it is made of, a TD of its own, set apart. */
    private void row(List<Segment> line, PDStructureElement row) throws IOException {
        PDStructureElement cell = null;
        for (Segment segment : line) {
            if (segment.isRedaction()) {
                cell = cell == null ? StructureTree.element(row, StandardStructureTypes.TD) : cell;
                box(segment.redaction(), cell);
                continue;
            }
            String[] cells = CELLS.split(segment.text(), -1);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    t.cellGap();
                    cell = null;
                }
                if (!cells[c].isBlank()) {
                    cell = cell == null ? StructureTree.element(row, StandardStructureTypes.TD) : cell;
                    t.line(cells[c], cell);
                }
            }
        }
    }

    private void box(ApprovedRedaction redaction, PDStructureElement parent) throws IOException {
        t.box(redaction, parent, page -> onRedaction.accept(redaction, page));
    }

    /** The segments cut at line breaks: each line the pieces of text and the boxes on it. */
    private static List<List<Segment>> lines(List<Segment> segments) {
        List<List<Segment>> lines = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.isRedaction()) {
                current.add(segment);
                continue;
            }
            String[] parts = segment.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) {
                    current.add(Segment.text(parts[i]));
                }
            }
        }
        lines.add(current);
        return lines;
    }

    private static boolean isBlank(List<Segment> line) {
        return line.stream().allMatch(s -> !s.isRedaction() && s.text().isBlank());
    }

    /** A line with a tab between two of its cells: leading and trailing tabs are indentation, not cells. */
    private static boolean isRow(List<Segment> line) {
        String text = line.stream()
                .map(s -> s.isRedaction() ? "x" : s.text())
                .reduce("", String::concat)
                .strip();
        return text.indexOf('\t') > 0;
    }
}
