package org.opensar.engine.render;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Numbers every page "Page x of y", with the case reference, once the bundle's length is known. The footer is page
 * furniture, marked as an artifact so a screen reader does not read it out on every page.
 */
final class PageNumbers {

    private static final float SIZE = 8;

    private PageNumbers() {}

    static void stamp(PDDocument document, PDType0Font font, String reference) throws IOException {
        int total = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            String text = "Page " + number + " of " + total + (reference.isBlank() ? "" : "   Reference " + reference);
            try (PDPageContentStream stream =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginMarkedContent(COSName.ARTIFACT);
                stream.beginText();
                stream.setFont(font, SIZE);
                stream.newLineAtOffset(Typesetter.MARGIN, Typesetter.BOTTOM / 2);
                stream.showText(text);
                stream.endText();
                stream.endMarkedContent();
            }
        }
    }
}
