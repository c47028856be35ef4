package org.opensar.engine.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.WordOcr;

/**
 * Shows a scanned document as it looks: each page rendered as extraction's OCR saw it, the words to cover found by
 * their place in the extracted text, and black boxes burned into the pixels over them. The page's text layer is
 * OCR's words less the covered ones ({@link ScannedPage}): exactly the approved text, which the completeness check
 * compares; the verifier reads the redacted image again by OCR, so a name left visible is still found.
 *
 * <p>A document is rasterised only when OCR's words line up one for one with the extracted text, page by page;
 * otherwise the offsets of its redactions cannot be placed on the image and it is typeset instead.
 */
final class Rasteriser {

    /** Padding above and below covered words, as a share of their height: enough for accents and descenders. */
    private static final double PAD = 0.3;

    private final WordOcr ocr;

    Rasteriser(WordOcr ocr) {
        this.ocr = ocr;
    }

    /** A word of the image with where it is in the extracted full text. */
    record Located(WordOcr.Word word, int start, int end) {}

    /** A box to burn in, in pixels, and the redaction it stands for. */
    record Box(int left, int top, int right, int bottom, TextRedactor.Covered covered) {}

    /** A document that can be rasterised: its words located in the text, page by page. */
    record Plan(CaseDocument document, List<List<Located>> pages) {}

    /** The plan, or empty (with why in {@code why}) when the document cannot be rasterised and must be typeset. */
    Optional<Plan> plan(CaseDocument document, ExtractedDocument extracted, List<String> why) throws IOException {
        if (!ocr.available()) {
            why.add("tesseract is not on the PATH");
            return Optional.empty();
        }
        List<Integer> starts = extracted.pageStartOffsets();
        List<List<Located>> pages = new ArrayList<>();
        try (Source source = Source.open(document)) {
            if (source == null || source.pages() != extracted.pageCount()) {
                why.add("its pages cannot be shown as images");
                return Optional.empty();
            }
            for (int i = 0; i < source.pages(); i++) {
                Optional<List<Located>> located =
                        locate(source.words(i, ocr), extracted.pages().get(i), starts.get(i));
                if (located.isEmpty()) {
                    why.add("OCR's words on page " + (i + 1) + " do not line up with its text");
                    return Optional.empty();
                }
                pages.add(located.get());
            }
        }
        return Optional.of(new Plan(document, pages));
    }

    /**
     * Writes the plan's pages, one per bundle page, each with its boxes burned in; {@code onBox} hears of each
     * redaction covered and the bundle page it is on.
     */
    void write(
            Plan plan,
            List<TextRedactor.Covered> covered,
            Typesetter t,
            ScannedPage page,
            ObjIntConsumer<ApprovedRedaction> onBox)
            throws IOException {
        try (Source source = Source.open(plan.document())) {
            for (int i = 0; i < plan.pages().size(); i++) {
                if (i > 0) {
                    t.newPage();
                }
                List<Box> boxes = boxes(plan.pages().get(i), covered);
                BufferedImage image = burn(source.image(i), boxes);
                List<WordOcr.Word> textLayer = plan.pages().get(i).stream()
                        .filter(word -> covering(word, covered) == null)
                        .map(Located::word)
                        .toList();
                t.drawRest((stream, pdfPage, top, container) ->
                        page.draw(stream, pdfPage, top, container, image, boxes, textLayer));
                boxes.stream().map(Box::covered).distinct().forEach(c -> onBox.accept(c.redaction(), t.page()));
            }
        }
    }

    /** Extraction's text split at white space must be OCR's words, in order. */
    private static Optional<List<Located>> locate(List<WordOcr.Word> words, String pageText, int pageStart) {
        List<Located> located = new ArrayList<>(words.size());
        int at = 0;
        for (WordOcr.Word word : words) {
            while (at < pageText.length() && Character.isWhitespace(pageText.charAt(at))) {
                at++;
            }
            if (!pageText.startsWith(word.text(), at)) {
                return Optional.empty();
            }
            int end = at + word.text().length();
            if (end < pageText.length() && !Character.isWhitespace(pageText.charAt(end))) {
                return Optional.empty();
            }
            located.add(new Located(word, pageStart + at, pageStart + end));
            at = end;
        }
        return pageText.substring(at).isBlank() ? Optional.of(located) : Optional.empty();
    }

    /**
     * One box per run of covered words of the same redaction on the same line, padded up and down by
     * {@link #PAD} of the line's height and sideways by a third of that, but never past halfway to the next word
     * (a box that bit into its neighbours would cost their letters, and OCR would misread them).
     */
    static List<Box> boxes(List<Located> words, List<TextRedactor.Covered> covered) {
        List<Box> boxes = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            TextRedactor.Covered over = covering(words.get(i), covered);
            if (over == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size()
                    && covering(words.get(j + 1), covered) == over
                    && sameLine(words.get(j).word(), words.get(j + 1).word())) {
                j++;
            }
            WordOcr.Word before =
                    i > 0 && sameLine(words.get(i - 1).word(), words.get(i).word())
                            ? words.get(i - 1).word()
                            : null;
            WordOcr.Word after = j + 1 < words.size()
                            && sameLine(words.get(j).word(), words.get(j + 1).word())
                    ? words.get(j + 1).word()
                    : null;
            boxes.add(box(words.get(i).word(), words.get(j).word(), before, after, over));
            i = j + 1;
        }
        return boxes;
    }

    private static TextRedactor.Covered covering(Located located, List<TextRedactor.Covered> covered) {
        for (TextRedactor.Covered c : covered) {
            if (located.start() < c.end() && located.end() > c.start()) {
                return c;
            }
        }
        return null;
    }

    private static boolean sameLine(WordOcr.Word a, WordOcr.Word b) {
        return a.block() == b.block() && a.paragraph() == b.paragraph() && a.line() == b.line();
    }

    private static Box box(
            WordOcr.Word first,
            WordOcr.Word last,
            WordOcr.Word before,
            WordOcr.Word after,
            TextRedactor.Covered covered) {
        int top = Math.min(first.top(), last.top());
        int bottom = Math.max(first.bottom(), last.bottom());
        int pad = (int) Math.ceil(Math.max(3, (bottom - top) * PAD));
        int side = Math.max(2, pad / 3);
        int left = before == null ? side : Math.max(1, Math.min(side, (first.left() - before.right()) / 2));
        int right = after == null ? side : Math.max(1, Math.min(side, (after.left() - last.right()) / 2));
        return new Box(first.left() - left, top - pad, last.right() + right, bottom + pad, covered);
    }

    /** A copy of the page with solid black boxes: the covered pixels are gone, not hidden. */
    private static BufferedImage burn(BufferedImage page, List<Box> boxes) {
        BufferedImage image = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            g.setColor(Color.BLACK);
            for (Box box : boxes) {
                g.fillRect(box.left(), box.top(), box.right() - box.left(), box.bottom() - box.top());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The pages of a scanned PDF or of an image file, as extraction's OCR saw them. */
    private abstract static class Source implements AutoCloseable {

        /** The source, or null when it is neither a PDF nor an image Java can read. */
        static Source open(CaseDocument document) throws IOException {
            if (document.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                PDDocument pdf = Loader.loadPDF(document.path().toFile());
                return new Source() {
                    @Override
                    int pages() {
                        return pdf.getNumberOfPages();
                    }

                    @Override
                    BufferedImage image(int index) throws IOException {
                        return WordOcr.scan(pdf, index);
                    }

                    @Override
                    List<WordOcr.Word> words(int index, WordOcr ocr) throws IOException {
                        return ocr.read(image(index));
                    }

                    @Override
                    public void close() throws IOException {
                        pdf.close();
                    }
                };
            }
            BufferedImage image = ImageIO.read(document.path().toFile());
            if (image == null) {
                return null;
            }
            return new Source() {
                @Override
                int pages() {
                    return 1;
                }

                @Override
                BufferedImage image(int index) {
                    return image;
                }

                @Override
                List<WordOcr.Word> words(int index, WordOcr ocr) throws IOException {
                    return ocr.read(document.path());
                }

                @Override
                public void close() {}
            };
        }

        abstract int pages();

        abstract BufferedImage image(int index) throws IOException;

        /** The words of a page read as extraction read them: the rendered page, or the image file itself. */
        abstract List<WordOcr.Word> words(int index, WordOcr ocr) throws IOException;

        @Override
        public abstract void close() throws IOException;
    }
}
