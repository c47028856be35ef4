package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier reads an image as it is stored, not its decoded pixels: text carried in the image's bytes (a JPEG
 * comment) is still found, and a page scan's pixels are not searched as if they were text.
 */
class ImageStreamVerificationTest {

    private static final RedactedTerms TERMS = RedactedTerms.of(List.of("Philippa Drummond"));

    @TempDir
    Path dir;

    @Test
    void textInAnImagesStoredBytesIsFound() throws Exception {
        Path pdf = withImage(jpegWithComment("Philippa Drummond"));

        assertThat(new BundleVerifier().verify(pdf, TERMS, List.of()).findings())
                .anyMatch(
                        f -> f.startsWith("redacted text \"Philippa Drummond\" is in object") && f.endsWith("stream"));
    }

    @Test
    void anImageWithoutTextIsClean() throws Exception {
        Path pdf = withImage(jpegWithComment("scanned at 300 dpi"));

        assertThat(new BundleVerifier().verify(pdf, TERMS, List.of()).findings())
                .isEmpty();
    }

    private Path withImage(byte[] jpeg) throws Exception {
        Path file = dir.resolve("bundle-" + jpeg.length + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(JPEGFactory.createFromByteArray(document, jpeg), 50, 50, 200, 100);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A small grey JPEG with a comment segment (COM) right after its start-of-image marker. */
    private static byte[] jpegWithComment(String comment) throws Exception {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.drawString("Contact record", 10, 50);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] bytes = plain.toByteArray();
        byte[] text = comment.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) ((text.length + 2) >> 8), (byte) (text.length + 2)});
        out.write(text);
        out.write(bytes, 2, bytes.length - 2);
        return out.toByteArray();
    }
}
