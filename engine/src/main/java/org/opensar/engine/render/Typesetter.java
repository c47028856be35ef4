package org.opensar.engine.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text out on A4 pages, line by line, and draws redactions as solid boxes with their code. A redacted
 * character never reaches this class: a redaction segment carries only its decision. Characters the font cannot
 * show are printed as "?".
 *
 * <p>Everything it draws is tagged: headings H1 and H2, paragraphs P, lists L/LI, tables Table/TR/TH/TD, each box a
 * Span that says what kind of information it covers, all under the element {@link #open opened} last, and each
 * run of content is a marked-content sequence whose id the {@link StructureTree} links to its element.
 */
final class Typesetter implements AutoCloseable {

    static final float MARGIN = 56;
    static final float BOTTOM = 56;
    static final float BODY = 10.5f;
    private static final float CODE_SIZE = 7;
    private static final float LEADING = 1.4f;

    private final PDDocument document;
    private final Fonts fonts;
    private final float right;
    private final StructureTree tags;
    private final Deque<PDStructureElement> containers = new ArrayDeque<>();
    private PDPage page;
    private PDPageContentStream stream;
    /** The element whose marked-content sequence is open in the stream, if any. */
    private PDStructureElement marked;

    private float y;
    private float indent = MARGIN;
    private final List<Piece> line = new ArrayList<>();
    private float x;
    /** True when the next word or box follows the last one with no space between (as "TPC." does). */
    private boolean glued;

    private record Piece(
            float x,
            StringBuilder text,
            PDType0Font font,
            float size,
            RedactionCode code,
            IntConsumer placed,
            PDStructureElement element) {}

    /** Writes into {@code document}, tagging what it writes under {@code container} of {@code tags}. */
    Typesetter(PDDocument document, Fonts fonts, StructureTree tags, PDStructureElement container) {
        this.document = document;
        this.fonts = fonts;
        this.tags = tags;
        this.containers.push(container);
        this.right = PDRectangle.A4.getWidth() - MARGIN;
    }

    /** Opens an element ("Sect", "Table", "L"...) that what follows belongs to, until {@link #closeElement()}. */
    void open(String type) {
        containers.push(StructureTree.element(containers.peek(), type));
    }

    /** Closes the element opened last. */
    void closeElement() throws IOException {
        if (!line.isEmpty()) {
            endLine(BODY);
        }
        containers.pop();
    }

    /** The page being written, counted from 1 in the document. */
    int page() {
        return document.getNumberOfPages();
    }

    void newPage() throws IOException {
        closeStream();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        x = MARGIN;
    }

    /**
     * A heading of {@code level} 1 (a part of the bundle, a document) or 2 (a section within one), on the next page
     * unless two lines of what follows fit under it.
     */
    void heading(String text, float size, int level) throws IOException {
        keepLines(4);
        space(size * 0.5f);
        words(text, fonts.bold(), size, child("H" + level));
        endLine(size);
        space(size * 0.3f);
    }

    void paragraph(String text) throws IOException {
        PDStructureElement paragraph = child("P");
        for (String lineText : text.split("\n", -1)) {
            words(lineText, fonts.regular(), BODY, paragraph);
            endLine(BODY);
        }
        space(BODY * 0.5f);
    }

    /** Text in the body size, bold or not, in {@code element}, after what the line holds. */
    void text(String text, boolean bold, PDStructureElement element) throws IOException {
        words(text, bold ? fonts.bold() : fonts.regular(), BODY, element);
    }

    /** Moves on to {@code offset} from the left margin, where the line, and any it wraps onto, go on. */
    void column(float offset) {
        x = MARGIN + offset;
        indent = x;
        glued = true;
    }

    /** Ends a row or item laid out in columns: back to the left margin, a line break, and {@code after} points. */
    void endRow(float after) throws IOException {
        indent = MARGIN;
        endLine(BODY);
        space(after);
    }

    /** Text in the body size at the right margin of the line being written, in {@code cell}. */
    void atRight(String text, boolean bold, PDStructureElement cell) throws IOException {
        PDType0Font font = bold ? fonts.bold() : fonts.regular();
        String shown = printable(text);
        float w = width(shown, font, BODY);
        line.add(new Piece(right - w, new StringBuilder(shown), font, BODY, null, null, cell));
    }

    /** The width of {@code text} in the body size. */
    float width(String text, boolean bold) throws IOException {
        return width(text, bold ? fonts.bold() : fonts.regular(), BODY);
    }

    /** The room left on the line from where it is written now to the right margin, less {@code reserved}. */
    float room(float reserved) {
        return right - x - reserved;
    }

    /** A new element of {@code type} under the element opened last. */
    PDStructureElement child(String type) {
        return StructureTree.element(containers.peek(), type);
    }

    /** A line of a record's text: its words in {@code element}, then a line break. Call within {@code open(...)}. */
    void line(String text, PDStructureElement element) throws IOException {
        words(text, fonts.regular(), BODY, element);
    }

    /** Ends the line being written; an empty one leaves a blank line. */
    void breakLine() throws IOException {
        endLine(BODY);
    }

    /** Moves on by the gap between two cells of a table row: wider than a space, so columns stay apart. */
    void cellGap() throws IOException {
        float gap = 3 * width(" ", fonts.regular(), BODY);
        if (!line.isEmpty() && x + gap < right) {
            x += gap;
            glued = true;
        }
    }

    /** A redaction box with its code, a Span of {@code parent}; {@code placed} hears of the page it is drawn on. */
    void box(ApprovedRedaction redaction, PDStructureElement parent, IntConsumer placed) throws IOException {
        box(RedactionCode.of(redaction.reason()), parent, placed);
    }

    /** Draws on the rest of the page, below what was written so far, with its own tags. */
    interface RestOfPage {
        void draw(PDPageContentStream stream, PDPage page, float top, PDStructureElement container) throws IOException;
    }

    /**
     * Hands the rest of the current page, from below the last line down to the bottom margin, to {@code drawing};
     * what it draws belongs under the element opened last. Start a new page before writing anything else.
     */
    void drawRest(RestOfPage drawing) throws IOException {
        if (!line.isEmpty()) {
            endLine(BODY);
        }
        endMarked();
        drawing.draw(stream, page, y, containers.peek());
        y = BOTTOM;
    }

    /** A new page unless {@code lines} lines of body text fit on this one: what must not be split starts whole. */
    void keepLines(int lines) throws IOException {
        if (room() < lines * BODY * LEADING) {
            newPage();
        }
    }

    /** How much of the page is left below the last line, in points. */
    float room() {
        return y - BOTTOM;
    }

    void space(float points) throws IOException {
        y -= points;
        if (y < BOTTOM) {
            newPage();
        }
    }

    private void words(String text, PDType0Font font, float size, PDStructureElement element) throws IOException {
        String clean = printable(text.replace('\t', ' ').replace("\r", ""));
        if (RightToLeft.in(clean)) {
            rightToLeft(clean, font, size, element);
        } else {
            leftToRight(clean, font, size, element);
        }
    }

    /** Text with Arabic or Hebrew in it, each line it takes set in the order it is seen ({@link RightToLeft}). */
    private void rightToLeft(String logical, PDType0Font font, float size, PDStructureElement element)
            throws IOException {
        float first = right - x - (line.isEmpty() || glued ? 0 : width(" ", font, size));
        List<String> lines = RightToLeft.lines(logical, first, right - indent, text -> width(text, font, size));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                endLine(size);
            }
            leftToRight(lines.get(i), font, size, element);
        }
    }

    private void leftToRight(String clean, PDType0Font font, float size, PDStructureElement element)
            throws IOException {
        float spaceWidth = width(" ", font, size);
        glued = glued && !clean.isEmpty() && clean.charAt(0) != ' ';
        for (String word : clean.split(" ")) {
            if (word.isEmpty()) {
                glued = false;
                continue;
            }
            for (Fonts.Run run : fonts.runs(word, font)) {
                cutToFit(run.text(), run.font(), size, spaceWidth, element);
                glued = true;
            }
            glued = false;
        }
        glued = !clean.isEmpty() && clean.charAt(clean.length() - 1) != ' ';
    }

    /** A word, or the part of one a font shows, cut where it is wider than the line. */
    private void cutToFit(String word, PDType0Font font, float size, float spaceWidth, PDStructureElement element)
            throws IOException {
        float w = width(word, font, size);
        while (w > right - indent) {
            int cut = Math.max(1, word.length() * (int) (right - indent) / (int) Math.ceil(w) - 1);
            add(word.substring(0, cut), font, size, spaceWidth, width(word.substring(0, cut), font, size), element);
            word = word.substring(cut);
            w = width(word, font, size);
        }
        add(word, font, size, spaceWidth, w, element);
    }

    private void add(String word, PDType0Font font, float size, float spaceWidth, float w, PDStructureElement element)
            throws IOException {
        float gap = line.isEmpty() || glued ? 0 : spaceWidth;
        if (x + gap + w > right && !line.isEmpty()) {
            endLine(size);
            gap = 0;
        }
        Piece last = line.isEmpty() ? null : line.get(line.size() - 1);
        if (last != null
                && last.code() == null
                && last.font() == font
                && last.size() == size
                && last.element() == element) {
            last.text().append(gap == 0 ? "" : " ").append(word);
        } else {
            line.add(new Piece(x + gap, new StringBuilder(word), font, size, null, null, element));
        }
        x += gap + w;
    }

    private void box(RedactionCode code, PDStructureElement paragraph, IntConsumer placed) throws IOException {
        float w = width(code.name(), fonts.bold(), CODE_SIZE) + 8;
        float gap = line.isEmpty() || glued ? 0 : width(" ", fonts.regular(), BODY);
        if (x + gap + w > right && !line.isEmpty()) {
            endLine(BODY);
            gap = 0;
        }
        line.add(new Piece(
                x + gap,
                new StringBuilder(code.name()),
                fonts.bold(),
                CODE_SIZE,
                code,
                placed,
                StructureTree.redaction(paragraph, code)));
        x += gap + w;
        glued = true;
    }

    private void endLine(float size) throws IOException {
        float height = size * LEADING;
        if (y - height < BOTTOM) {
            newPage();
        }
        y -= height;
        for (int i = 0; i < line.size(); i++) {
            Piece piece = line.get(i);
            markAs(piece.element());
            if (piece.code() != null) {
                float w = width(piece.text().toString(), piece.font(), piece.size()) + 8;
                stream.setNonStrokingColor(Color.BLACK);
                stream.addRect(piece.x(), y - BODY * 0.25f, w, BODY * 1.2f);
                stream.fill();
                stream.setNonStrokingColor(Color.WHITE);
                show(piece.text().toString(), piece.font(), piece.size(), piece.x() + 4, y + 1);
                stream.setNonStrokingColor(Color.BLACK);
                piece.placed().accept(page());
            } else {
                String text = piece.text().toString();
                Piece next = i + 1 < line.size() ? line.get(i + 1) : null;
                boolean spaced = next == null || next.x() > piece.x() + width(text, piece.font(), piece.size()) + 0.01f;
                // a space where a word ends at a gap or line break, for readers that follow tags, not positions
                show(spaced ? text + " " : text, piece.font(), piece.size(), piece.x(), y);
            }
        }
        line.clear();
        x = indent;
    }

    /** Puts what is drawn next in a marked-content sequence of {@code element}, unless it is in one already. */
    private void markAs(PDStructureElement element) throws IOException {
        if (element == marked) {
            return;
        }
        endMarked();
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), tags.mark(page, element));
        marked = element;
    }

    private void endMarked() throws IOException {
        if (marked != null) {
            stream.endMarkedContent();
            marked = null;
        }
    }

    private void show(String text, PDType0Font font, float size, float at, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(at, baseline);
        stream.showText(text);
        stream.endText();
    }

    /** The text cut, with an ellipsis, to {@code room} points in the body size. */
    String fit(String text, float room) throws IOException {
        String clean = printable(text);
        if (width(clean, fonts.regular(), BODY) <= room) {
            return clean;
        }
        while (clean.length() > 1 && width(clean + "…", fonts.regular(), BODY) > room) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean + "…";
    }

    /** The width of {@code text} in {@code font}, or in the fallback font for what {@code font} cannot show. */
    private float width(String text, PDType0Font font, float size) throws IOException {
        float width = 0;
        for (Fonts.Run run : fonts.runs(text, font)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** The text without control characters, which no font shows. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            endMarked();
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (!line.isEmpty()) {
            endLine(BODY);
        }
        closeStream();
    }
}
