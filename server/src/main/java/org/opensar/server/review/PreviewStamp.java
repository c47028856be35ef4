package org.opensar.server.review;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Makes rendered bundle pages into a preview nobody could take for the release: "PREVIEW - NOT FOR RELEASE" in a
 * band at the top of every page with what the preview is, and faintly across the page.
 */
final class PreviewStamp {

    static final String MARK = "PREVIEW - NOT FOR RELEASE";

    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final Color RED = new Color(0xd4, 0x35, 0x1c);

    private PreviewStamp() {}

    /** Writes pages {@code first} to {@code last} (from 1) of {@code bundle}, stamped, to {@code preview}. */
    static void stamp(Path bundle, Path preview, int first, int last, String band) throws IOException {
        try (PDDocument source = Loader.loadPDF(bundle.toFile());
                PDDocument out = new PDDocument()) {
            for (int page = first; page <= last; page++) {
                stamp(out, out.importPage(source.getPage(page - 1)), band);
            }
            COSDictionary info = new COSDictionary();
            info.setString(COSName.TITLE, MARK);
            out.getDocument().getTrailer().setItem(COSName.INFO, info);
            out.save(preview.toFile());
        }
    }

    private static void stamp(PDDocument document, PDPage page, String band) throws IOException {
        PDRectangle box = page.getMediaBox();
        try (PDPageContentStream stream =
                new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            stream.setNonStrokingColor(RED);
            stream.addRect(0, box.getHeight() - 22, box.getWidth(), 22);
            stream.fill();
            stream.beginText();
            stream.setNonStrokingColor(Color.WHITE);
            stream.setFont(BOLD, 9);
            stream.newLineAtOffset(12, box.getHeight() - 15);
            stream.showText(MARK + "  ·  " + band);
            stream.endText();
            PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(0.12f);
            stream.setGraphicsStateParameters(faint);
            stream.setNonStrokingColor(RED);
            stream.beginText();
            stream.setFont(BOLD, 44);
            stream.setTextMatrix(
                    Matrix.getRotateInstance(Math.toRadians(55), box.getWidth() * 0.2f, box.getHeight() * 0.15f));
            stream.showText(MARK);
            stream.endText();
        }
    }
}
