package org.opensar.engine.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where words are on a typed PDF page, so that a passage of the extracted text can be pointed at on the page's
 * image. The page's text is read again with every character's box; a passage is found by its wording (white space
 * ignored) and its nth occurrence on the page, which is how text and image are tied together whatever line breaks
 * extraction chose. A scanned page has no characters, so nothing on it can be placed.
 */
public final class PdfTextBoxes {

    /** Padding above and below a line's glyphs, as a share of their height, so that accents and descenders show. */
    private static final double PAD = 0.25;

    /** A rectangle on the page, in fractions of the page's width and height from its top left corner. */
    public record Area(double left, double top, double width, double height) {}

    private final String text;
    private final List<Glyph> glyphs;

    private PdfTextBoxes(String text, List<Glyph> glyphs) {
        this.text = text;
        this.glyphs = glyphs;
    }

    /** The page (from 1) of {@code pdf}, read with its characters' boxes. */
    public static PdfTextBoxes of(PDDocument pdf, int page) throws IOException {
        Reader reader = new Reader();
        reader.setStartPage(page);
        reader.setEndPage(page);
        reader.getText(pdf);
        return new PdfTextBoxes(reader.text.toString(), reader.glyphs);
    }

    /** Whether the page has any text to place passages by (a scanned page has none). */
    public boolean hasText() {
        return !text.isBlank();
    }

    /**
     * The areas covering the {@code occurrence}th (from 0) appearance of {@code passage} on the page, one per line it
     * runs over; empty when the page does not say it that many times.
     */
    public List<Area> find(String passage, int occurrence) {
        String wanted = squeeze(passage);
        if (wanted.isEmpty()) {
            return List.of();
        }
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(wanted, at + 1);
            if (at < 0) {
                return List.of();
            }
        }
        return areas(glyphs.subList(at, at + wanted.length()));
    }

    /** How many times {@code passage} appears in {@code text} before {@code end}, white space ignored. */
    public static int occurrencesBefore(String text, String passage, int end) {
        String wanted = squeeze(passage);
        String before = squeeze(text.substring(0, Math.max(0, Math.min(end, text.length()))));
        int count = 0;
        for (int at = before.indexOf(wanted); at >= 0 && !wanted.isEmpty(); at = before.indexOf(wanted, at + 1)) {
            count++;
        }
        return count;
    }

    /** Lower case with no white space: the form text and passages are compared in. */
    private static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static List<Area> areas(List<Glyph> run) {
        List<Area> areas = new ArrayList<>();
        Glyph first = null;
        double left = 0, top = 0, right = 0, bottom = 0;
        for (Glyph g : run) {
            boolean sameLine =
                    first != null && Math.abs(g.baseline - first.baseline) < first.height / 2 && g.left >= left;
            if (!sameLine) {
                if (first != null) {
                    areas.add(area(left, top, right, bottom, first));
                }
                first = g;
                left = g.left;
                top = g.baseline - g.height;
                right = g.left + g.width;
                bottom = g.baseline;
            } else {
                top = Math.min(top, g.baseline - g.height);
                right = Math.max(right, g.left + g.width);
                bottom = Math.max(bottom, g.baseline);
            }
        }
        if (first != null) {
            areas.add(area(left, top, right, bottom, first));
        }
        return areas;
    }

    private static Area area(double left, double top, double right, double bottom, Glyph line) {
        double pad = (bottom - top) * PAD;
        double y0 = Math.max(0, top - pad);
        double y1 = Math.min(line.pageHeight, bottom + pad);
        return new Area(
                left / line.pageWidth,
                y0 / line.pageHeight,
                (right - left) / line.pageWidth,
                (y1 - y0) / line.pageHeight);
    }

    /** One character of the squeezed text and its box, in points from the page's top left. */
    private record Glyph(
            double left, double baseline, double width, double height, double pageWidth, double pageHeight) {

        static Glyph of(TextPosition p) {
            return new Glyph(
                    p.getXDirAdj(),
                    p.getYDirAdj(),
                    p.getWidthDirAdj(),
                    Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7),
                    p.getPageWidth(),
                    p.getPageHeight());
        }
    }

    /** Collects the squeezed text and one glyph for each of its characters. */
    private static final class Reader extends PDFTextStripper {

        final StringBuilder text = new StringBuilder();
        final List<Glyph> glyphs = new ArrayList<>();

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                String squeezed = squeeze(p.getUnicode());
                for (int i = 0; i < squeezed.length(); i++) {
                    text.append(squeezed.charAt(i));
                    glyphs.add(Glyph.of(p));
                }
            }
        }
    }
}
