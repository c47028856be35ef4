package org.opensar.server.review;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.engine.extract.PdfTextBoxes;
import org.springframework.stereotype.Component;

/**
 * A PDF page of a case document as the viewer shows it beside the document's text: the page as a PNG, and where on
 * it the redactions of that page are, so they can be marked over the image.
 */
@Component
class PageImages {

    private static final float DPI = 100;

    /** A redaction's place on a page image, in percent of the page's width and height from its top left. */
    record PageMark(
            long redaction,
            RedactionStatus decision,
            String label,
            double left,
            double top,
            double width,
            double height) {}

    /** The page (from 1) as PNG bytes, or nothing when the document is not a PDF or has no such page. */
    Optional<byte[]> page(Path caseFolder, String file, int page) {
        try (PDDocument pdf = open(caseFolder, file, page)) {
            if (pdf == null) {
                return Optional.empty();
            }
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Optional.of(png.toByteArray());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the redactions of one page (from 1) are on its image, each found by its wording and which occurrence of
     * that wording on the page it is. None for a scanned page, whose image has no text to find them by.
     */
    List<PageMark> marks(Path caseFolder, Workbench.DocumentPage document, int page) {
        List<Integer> starts = document.content().pageStarts();
        String text = document.content().text();
        if (page < 1 || page > Math.max(1, starts.size())) {
            return List.of();
        }
        int pageStart = starts.isEmpty() ? 0 : starts.get(page - 1);
        int pageEnd = page < starts.size() ? starts.get(page) : text.length();
        String pageText = text.substring(Math.min(pageStart, text.length()), Math.min(pageEnd, text.length()));
        try (PDDocument pdf = open(caseFolder, document.document().file(), page)) {
            if (pdf == null) {
                return List.of();
            }
            PdfTextBoxes boxes = PdfTextBoxes.of(pdf, page);
            List<PageMark> marks = new ArrayList<>();
            for (RedactionView r : document.redactions()) {
                if (r.part() != DocumentPart.BODY || r.start() < pageStart || r.start() >= pageEnd) {
                    continue;
                }
                int occurrence = PdfTextBoxes.occurrencesBefore(pageText, r.text(), r.start() - pageStart);
                String label = r.type().label() + " (" + r.decision().label() + "): " + r.explanation();
                for (PdfTextBoxes.Area a : boxes.find(r.text(), occurrence)) {
                    marks.add(new PageMark(
                            r.id(),
                            r.decision(),
                            label,
                            a.left() * 100,
                            a.top() * 100,
                            a.width() * 100,
                            a.height() * 100));
                }
            }
            return marks;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The document as a PDF when it is one inside the case folder and has the page, or null. */
    private static PDDocument open(Path caseFolder, String file, int page) throws IOException {
        Path path = caseFolder.resolve(file).normalize();
        if (!path.startsWith(caseFolder) || !file.toLowerCase().endsWith(".pdf")) {
            return null;
        }
        PDDocument pdf = Loader.loadPDF(path.toFile());
        if (page < 1 || page > pdf.getNumberOfPages()) {
            pdf.close();
            return null;
        }
        return pdf;
    }
}
