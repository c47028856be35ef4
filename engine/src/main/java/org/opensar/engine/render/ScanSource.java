package org.opensar.engine.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.extract.WordOcr;

/** The pages of a scanned PDF or of an image file, as extraction's OCR saw them. */
abstract class ScanSource implements AutoCloseable {

    /** The source, or null when it is neither a PDF nor an image Java can read. */
    static ScanSource open(CaseDocument document) throws IOException {
        if (document.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            PDDocument pdf = Loader.loadPDF(document.path().toFile());
            return new ScanSource() {
                @Override
                int pages() {
                    return pdf.getNumberOfPages();
                }

                @Override
                BufferedImage image(int index) throws IOException {
                    return WordOcr.scan(pdf, index);
                }

                @Override
                List<WordOcr.Word> words(int index, BufferedImage image, WordOcr ocr) throws IOException {
                    return ocr.read(image);
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
        return new ScanSource() {
            @Override
            int pages() {
                return 1;
            }

            @Override
            BufferedImage image(int index) {
                return image;
            }

            @Override
            List<WordOcr.Word> words(int index, BufferedImage image, WordOcr ocr) throws IOException {
                return ocr.read(document.path());
            }

            @Override
            public void close() {}
        };
    }

    abstract int pages();

    abstract BufferedImage image(int index) throws IOException;

    /**
     * The words of page {@code index} read as extraction read them: {@code image}, the page as rendered, or the image
     * file itself.
     */
    abstract List<WordOcr.Word> words(int index, BufferedImage image, WordOcr ocr) throws IOException;

    @Override
    public abstract void close() throws IOException;
}
