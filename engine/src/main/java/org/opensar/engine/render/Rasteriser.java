package org.opensar.engine.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ObjIntConsumer;
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

    /**
     * One page of a scan read for the bundle: the boxes to burn in, and the words read on the page that no box covers;
     * or, when OCR's words on the page do not line up with its extracted text, why not.
     */
    record PageRead(List<Box> boxes, List<WordOcr.Word> textLayer, String failure) {

        static PageRead failed(String why) {
            return new PageRead(List.of(), List.of(), why);
        }
    }

    /**
     * A task for each page of the document, each to run on any thread (OCR is the slow part of a bundle with scans),
     * or empty, with why in {@code why}, when the document cannot be shown as images at all and must be typeset.
     */
    Optional<List<Callable<PageRead>>> pages(
            CaseDocument document, ExtractedDocument extracted, List<TextRedactor.Covered> covered, List<String> why)
            throws IOException {
        if (!ocr.available()) {
            why.add("tesseract is not on the PATH");
            return Optional.empty();
        }
        try (ScanSource source = ScanSource.open(document)) {
            if (source == null || source.pages() != extracted.pageCount()) {
                why.add("its pages cannot be shown as images");
                return Optional.empty();
            }
        }
        List<Integer> starts = extracted.pageStartOffsets();
        List<Callable<PageRead>> pages = new ArrayList<>();
        for (int i = 0; i < extracted.pageCount(); i++) {
            int index = i;
            pages.add(() -> read(document, index, extracted.pages().get(index), starts.get(index), covered));
        }
        return Optional.of(pages);
    }

    /** Reads page {@code index}: where its words are, its boxes, and the words they leave. */
    private PageRead read(
            CaseDocument document, int index, String pageText, int pageStart, List<TextRedactor.Covered> covered)
            throws IOException {
        try (ScanSource source = ScanSource.open(document)) {
            BufferedImage image = source.image(index);
            Optional<List<Located>> located = locate(source.words(index, image, ocr), pageText, pageStart);
            if (located.isEmpty()) {
                return PageRead.failed("OCR's words on page " + (index + 1) + " do not line up with its text");
            }
            List<Box> boxes = boxes(located.get(), covered);
            // the text layer is the words read less those the boxes cover: the approved text, with no second OCR
            List<WordOcr.Word> textLayer = located.get().stream()
                    .filter(word -> covering(word, covered) == null)
                    .map(Located::word)
                    .toList();
            return new PageRead(boxes, textLayer, null);
        }
    }

    /**
     * Writes the document's pages, one per bundle page, each rendered again with its boxes burned in, under the text
     * layer read before; {@code onBox} hears of each redaction covered and the bundle page it is on.
     */
    void write(
            CaseDocument document,
            List<PageRead> pages,
            Typesetter t,
            ScannedPage page,
            ObjIntConsumer<ApprovedRedaction> onBox)
            throws IOException {
        try (ScanSource source = ScanSource.open(document)) {
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    t.newPage();
                }
                List<Box> boxes = pages.get(i).boxes();
                List<WordOcr.Word> textLayer = pages.get(i).textLayer();
                BufferedImage image = burn(source.image(i), boxes);
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
}
