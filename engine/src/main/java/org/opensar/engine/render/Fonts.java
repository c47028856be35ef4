package org.opensar.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundle's fonts, embedded as subsets. DejaVu Sans, regular and bold (Bitstream Vera licence,
 * fonts/LICENSE-DejaVu.txt), shipped with the engine so the bundle looks the same on every machine and prints
 * accented, Greek and Cyrillic names. Where DejaVu lacks a character, the first font installed from Debian that has
 * it: Droid Sans Fallback (Apache-2.0, fonts-droid-fallback) for Chinese and Japanese, Baekmuk Dotum (its MIT-like
 * licence, fonts-baekmuk) for Korean. A character no font has prints as "?", and the completeness check refuses the
 * bundle naming the character. Glyph substitution is off: with it PDFBox sets "fi" as the ligature glyph, which a
 * reader copies, and a screen reader speaks, as U+FB01.
 */
final class Fonts {

    /** Where Debian's fonts-droid-fallback puts its font: Chinese and Japanese. */
    static final Path CJK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    /** Where Debian's fonts-baekmuk puts its sans-serif face: Korean. */
    static final Path HANGUL = Path.of("/usr/share/fonts/truetype/baekmuk/dotum.ttf");

    /** The fonts tried in turn for a character DejaVu lacks. */
    private static final List<Path> FALLBACKS = List.of(CJK, HANGUL);

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

    /** A run of text that one font shows. */
    record Run(String text, PDType0Font font) {}

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    /** The fallback fonts loaded into this document, each the first time a character needs it. */
    private final Map<Path, PDType0Font> fallbacks = new HashMap<>();

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
     * {@code text} cut into runs each one font can show: {@code preferred} (regular or bold) for what DejaVu has, a
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
            if (!Coverage.inDejaVu(codePoint)) {
                Optional<Path> other = Coverage.fallbackWith(codePoint);
                font = other.isPresent() ? fallback(other.get()) : preferred;
                shown = other.isPresent() ? shown : "?";
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

    private PDType0Font fallback(Path path) throws IOException {
        PDType0Font font = fallbacks.get(path);
        if (font == null) {
            font = load(document, Files.readAllBytes(path));
            fallbacks.put(path, font);
        }
        return font;
    }

    /** Whether the bundle can print {@code codePoint}: what it cannot print it prints as "?". */
    static boolean printable(int codePoint) {
        return Coverage.inDejaVu(codePoint) || Coverage.fallbackWith(codePoint).isPresent();
    }

    /**
     * Which font has a character, by the fonts' character maps, so that a fallback font is loaded into a bundle only
     * when it prints something there. The fallback fonts' maps are read the first time DejaVu lacks a character.
     */
    private static final class Coverage {
        private static final List<CmapLookup> DEJAVU = List.of(cmap(REGULAR), cmap(BOLD));

        static boolean inDejaVu(int codePoint) {
            return DEJAVU.stream().allMatch(c -> c.getGlyphId(codePoint) > 0);
        }

        /** The first installed fallback font that has {@code codePoint}. */
        static Optional<Path> fallbackWith(int codePoint) {
            return Fallbacks.INSTALLED.entrySet().stream()
                    .filter(e -> e.getValue().getGlyphId(codePoint) > 0)
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        private static final class Fallbacks {
            private static final Map<Path, CmapLookup> INSTALLED = installed();

            private static Map<Path, CmapLookup> installed() {
                Map<Path, CmapLookup> installed = new LinkedHashMap<>();
                for (Path path : FALLBACKS) {
                    if (Files.isReadable(path)) {
                        try {
                            installed.put(path, cmap(Files.readAllBytes(path)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                return installed;
            }
        }

        private static CmapLookup cmap(byte[] font) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
                return ttf.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
