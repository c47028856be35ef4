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
    private final Map<Integer, Boolean> ownGlyph = new HashMap<>();
    private final Map<Path, Optional<PDType0Font>> fallbacks = new HashMap<>();

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
            if (!ownGlyph.computeIfAbsent(codePoint, this::inDejaVu)) {
                Optional<PDType0Font> other = fallbackFor(shown);
                font = other.orElse(preferred);
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

    /** The first fallback font that has {@code character}, each loaded the first time a character needs it. */
    private Optional<PDType0Font> fallbackFor(String character) throws IOException {
        for (Path path : FALLBACKS) {
            Optional<PDType0Font> font = fallbacks.get(path);
            if (font == null) {
                font = Files.isReadable(path)
                        ? Optional.of(load(document, Files.readAllBytes(path)))
                        : Optional.empty();
                fallbacks.put(path, font);
            }
            if (font.isPresent() && has(font.get(), character)) {
                return font;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the bundle can print {@code codePoint}, in DejaVu (regular and bold) or the fallback font where it is
     * installed: what it cannot print it prints as "?".
     */
    static boolean printable(int codePoint) {
        return Coverage.CMAPS.stream().anyMatch(cmaps -> cmaps.stream().allMatch(c -> c.getGlyphId(codePoint) > 0));
    }

    /** The character maps of the fonts, each a list of the faces that must all have a character. */
    private static final class Coverage {
        private static final List<List<CmapLookup>> CMAPS = cmaps();

        private static List<List<CmapLookup>> cmaps() {
            try {
                List<List<CmapLookup>> cmaps = new ArrayList<>();
                cmaps.add(List.of(cmap(REGULAR), cmap(BOLD)));
                for (Path path : FALLBACKS) {
                    if (Files.isReadable(path)) {
                        cmaps.add(List.of(cmap(Files.readAllBytes(path))));
                    }
                }
                return cmaps;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static CmapLookup cmap(byte[] font) throws IOException {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
                return ttf.getUnicodeCmapLookup();
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
