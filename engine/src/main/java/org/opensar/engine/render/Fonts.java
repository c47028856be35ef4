package org.opensar.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundle's fonts, embedded as subsets. DejaVu Sans, regular and bold (Bitstream Vera licence,
 * fonts/LICENSE-DejaVu.txt), shipped with the engine so the bundle looks the same on every machine and prints
 * accented, Greek and Cyrillic names. For Chinese and Japanese characters, which DejaVu lacks, Droid Sans Fallback
 * (Apache-2.0) from Debian's fonts-droid-fallback package, where it is installed; without it such characters print as
 * "?" (as Korean Hangul does, which neither font has), and the completeness check refuses the bundle naming the
 * script. Glyph substitution is off: with it
 * PDFBox sets "fi" as the ligature glyph, which a reader copies, and a screen reader speaks, as U+FB01.
 */
final class Fonts {

    /** Where Debian's fonts-droid-fallback puts its font. */
    static final Path FALLBACK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

    /** A run of text that one font shows. */
    record Run(String text, PDType0Font font) {}

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> ownGlyph = new HashMap<>();
    private PDType0Font fallback;
    private boolean fallbackLoaded;

    private Fonts(PDDocument document, PDType0Font regular, PDType0Font bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
    }

    static Fonts load(PDDocument document) throws IOException {
        return new Fonts(document, load(document, REGULAR), load(document, BOLD));
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }

    /**
     * {@code text} cut into runs each one font can show: {@code preferred} (regular or bold) for what DejaVu has, the
     * fallback font for what only it has; a character no font has is "?".
     */
    List<Run> runs(String text, PDType0Font preferred) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = preferred;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PDType0Font font = preferred;
            String shown = new String(Character.toChars(codePoint));
            if (!ownGlyph.computeIfAbsent(codePoint, this::inDejaVu)) {
                PDType0Font other = fallback();
                if (other != null && has(other, shown)) {
                    font = other;
                } else {
                    shown = "?";
                }
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.append(shown);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private boolean inDejaVu(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        return has(regular, character) && has(bold, character);
    }

    private static boolean has(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The fallback font, loaded the first time a character needs it; null where it is not installed. */
    private PDType0Font fallback() throws IOException {
        if (!fallbackLoaded) {
            fallbackLoaded = true;
            if (Files.isReadable(FALLBACK)) {
                fallback = load(document, Files.readAllBytes(FALLBACK));
            }
        }
        return fallback;
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
