package org.opensar.engine.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text out on A4 pages, line by line, and draws redactions as solid boxes with their code. A redacted
 * character never reaches this class: a redaction segment carries only its decision. Characters the font cannot
 * show are printed as "?".
 */
final class Typesetter implements AutoCloseable {

    static final float MARGIN = 56;
    static final float BOTTOM = 56;
    private static final float BODY = 10.5f;
    private static final float CODE_SIZE = 7;
    private static final float LEADING = 1.4f;

    private final PDDocument document;
    private final Fonts fonts;
    private final float right;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;
    private final List<Piece> line = new ArrayList<>();
    private float x;
    /** True when the next word or box follows the last one with no space between (as "TPC." does). */
    private boolean glued;

    private record Piece(
            float x, StringBuilder text, PDType0Font font, float size, RedactionCode code, IntConsumer placed) {}

    Typesetter(PDDocument document, Fonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.right = PDRectangle.A4.getWidth() - MARGIN;
    }

    /** The page being written, counted from 1 in the document. */
    int page() {
        return document.getNumberOfPages();
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        x = MARGIN;
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.5f);
        words(text, fonts.bold(), size);
        endLine(size);
        space(size * 0.3f);
    }

    void paragraph(String text) throws IOException {
        for (String lineText : text.split("\n", -1)) {
            words(lineText, fonts.regular(), BODY);
            endLine(BODY);
        }
        space(BODY * 0.5f);
    }

    /** A line with text at the left and a page number at the right margin, as in an index. */
    void entry(String left, String rightText) throws IOException {
        float rightWidth = width(rightText, fonts.regular(), BODY);
        String shown = fit(left, right - MARGIN - rightWidth - 12);
        words(shown, fonts.regular(), BODY);
        line.add(new Piece(
                right - rightWidth, new StringBuilder(printable(rightText)), fonts.regular(), BODY, null, null));
        endLine(BODY);
    }

    /**
     * Typesets a document's segments; {@code onRedaction} hears of every box drawn and its page. Blank lines in a
     * row are kept to one.
     */
    void segments(List<Segment> segments, ObjIntConsumer<ApprovedRedaction> onRedaction) throws IOException {
        boolean blank = false;
        for (Segment segment : segments) {
            if (segment.isRedaction()) {
                ApprovedRedaction redaction = segment.redaction();
                box(RedactionCode.of(redaction.reason()), page -> onRedaction.accept(redaction, page));
                blank = false;
                continue;
            }
            String[] lines = segment.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    if (line.isEmpty() && blank) {
                        continue;
                    }
                    blank = line.isEmpty();
                    endLine(BODY);
                }
                words(lines[i], fonts.regular(), BODY);
            }
        }
        endLine(BODY);
    }

    void space(float points) throws IOException {
        y -= points;
        if (y < BOTTOM) {
            newPage();
        }
    }

    private void words(String text, PDType0Font font, float size) throws IOException {
        String clean = printable(text.replace('\t', ' ').replace("\r", ""));
        float spaceWidth = width(" ", font, size);
        glued = glued && !clean.isEmpty() && clean.charAt(0) != ' ';
        for (String word : clean.split(" ")) {
            if (word.isEmpty()) {
                glued = false;
                continue;
            }
            float w = width(word, font, size);
            while (w > right - MARGIN) {
                int cut = Math.max(1, word.length() * (int) (right - MARGIN) / (int) Math.ceil(w) - 1);
                add(word.substring(0, cut), font, size, spaceWidth, width(word.substring(0, cut), font, size));
                word = word.substring(cut);
                w = width(word, font, size);
            }
            add(word, font, size, spaceWidth, w);
            glued = false;
        }
        glued = !clean.isEmpty() && clean.charAt(clean.length() - 1) != ' ';
    }

    private void add(String word, PDType0Font font, float size, float spaceWidth, float w) throws IOException {
        float gap = line.isEmpty() || glued ? 0 : spaceWidth;
        if (x + gap + w > right && !line.isEmpty()) {
            endLine(size);
            gap = 0;
        }
        Piece last = line.isEmpty() ? null : line.get(line.size() - 1);
        if (last != null && last.code() == null && last.font() == font && last.size() == size) {
            last.text().append(' ').append(word);
        } else {
            line.add(new Piece(x + gap, new StringBuilder(word), font, size, null, null));
        }
        x += gap + w;
    }

    private void box(RedactionCode code, IntConsumer placed) throws IOException {
        float w = width(code.name(), fonts.bold(), CODE_SIZE) + 8;
        float gap = line.isEmpty() || glued ? 0 : width(" ", fonts.regular(), BODY);
        if (x + gap + w > right && !line.isEmpty()) {
            endLine(BODY);
            gap = 0;
        }
        line.add(new Piece(x + gap, new StringBuilder(code.name()), fonts.bold(), CODE_SIZE, code, placed));
        x += gap + w;
        glued = true;
    }

    private void endLine(float size) throws IOException {
        float height = size * LEADING;
        if (y - height < BOTTOM) {
            newPage();
        }
        y -= height;
        for (Piece piece : line) {
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
                show(piece.text().toString(), piece.font(), piece.size(), piece.x(), y);
            }
        }
        line.clear();
        x = MARGIN;
    }

    private void show(String text, PDType0Font font, float size, float at, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(at, baseline);
        stream.showText(text);
        stream.endText();
    }

    private String fit(String text, float room) throws IOException {
        String clean = printable(text);
        if (width(clean, fonts.regular(), BODY) <= room) {
            return clean;
        }
        while (clean.length() > 1 && width(clean + "…", fonts.regular(), BODY) > room) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean + "…";
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            }
            out.appendCodePoint(printable.computeIfAbsent(cp, this::hasGlyph) ? cp : '?');
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            fonts.regular().encode(new String(Character.toChars(codePoint)));
            fonts.bold().encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
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
