package org.opensar.engine.pack;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A print-ready sheet that goes in the file when a bundle is sent by post, in exceptional circumstances only: the
 * case reference and boxes for the recorded delivery reference, the date posted and who posted it.
 */
final class PostalCoverSheet {

    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private PostalCoverSheet() {}

    static void write(Path pdf, String reference, String recordedDelivery, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                text(s, BOLD, 18, 760, "Subject access request: postal delivery record");
                text(s, REGULAR, 11, 730, "Send by post only in exceptional circumstances, by recorded delivery.");
                text(s, REGULAR, 11, 700, "Case reference: " + ascii(reference));
                text(s, REGULAR, 11, 680, "Contents: the disclosure bundle, printed (" + pages + " pages).");
                field(s, 640, "Recorded delivery reference", ascii(recordedDelivery));
                field(s, 590, "Date posted", "");
                field(s, 540, "Posted by (name and signature)", "");
                field(s, 490, "Second person check (name and signature)", "");
                text(s, REGULAR, 9, 440, "Record the recorded delivery reference in the case before posting.");
            }
            document.save(pdf.toFile());
        }
    }

    private static void field(PDPageContentStream s, float y, String label, String value) throws IOException {
        text(s, BOLD, 10, y + 26, label);
        s.addRect(56, y, 483, 20);
        s.stroke();
        text(s, REGULAR, 11, y + 6, value);
    }

    private static void text(PDPageContentStream s, PDType1Font font, float size, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(60, y);
        s.showText(text);
        s.endText();
    }

    /** Standard fonts cover only WinAnsi; a reference is ASCII by nature, anything else is shown as "?". */
    private static String ascii(String text) {
        return text == null ? "" : text.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
