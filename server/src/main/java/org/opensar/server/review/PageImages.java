package org.opensar.server.review;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/** A PDF page of a case document as a PNG, for the viewer beside the document's text. */
@Component
class PageImages {

    private static final float DPI = 100;

    /** The page (from 1) as PNG bytes, or nothing when the document is not a PDF or has no such page. */
    Optional<byte[]> page(Path caseFolder, String file, int page) {
        Path path = caseFolder.resolve(file).normalize();
        if (!path.startsWith(caseFolder) || !file.toLowerCase().endsWith(".pdf")) {
            return Optional.empty();
        }
        try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
            if (page < 1 || page > pdf.getNumberOfPages()) {
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
}
