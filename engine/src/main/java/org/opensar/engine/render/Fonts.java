package org.opensar.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold (Bitstream Vera licence, fonts/LICENSE-DejaVu.txt), shipped with the engine so the
 * bundle looks the same on every machine and prints accented names; embedded as subsets. Glyph substitution is off:
 * with it PDFBox sets "fi" as the ligature glyph, which a reader copies, and a screen reader speaks, as U+FB01.
 */
record Fonts(PDType0Font regular, PDType0Font bold) {

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

    static Fonts load(PDDocument document) throws IOException {
        return new Fonts(load(document, REGULAR), load(document, BOLD));
    }

    private static PDType0Font load(PDDocument document, byte[] font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        ttf.setEnableGsub(false);
        document.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(document, ttf, true);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
