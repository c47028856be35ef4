package org.opensar.engine.tools.generate;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * PDF with PDFBox, one A4 page per 52 lines. A text PDF embeds a subset of Liberation Sans (shipped inside
 * PDFBox, so accented names such as Łukasz or Siân render on any machine); a scanned PDF holds only a
 * 150 dpi bitonal picture of each page, so its text needs OCR; a searchable scan has the scanner's OCR text
 * invisible behind each picture, as office scanners write them. Dates and the file ID come from the
 * document, so the same document gives the same bytes.
 */
final class PdfFileWriter implements DocumentFileWriter {

    /** What a page holds. */
    enum Pages {
        TEXT,
        IMAGE,
        /** The picture of {@link GeneratedDocument#pictured()} with the document's text invisible behind it. */
        IMAGE_WITH_TEXT
    }

    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT = fontBytes();
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 14.5f;
    private static final float MARGIN = 50;
    private static final int DPI = 150;

    private final Pages pages;

    PdfFileWriter(Pages pages) {
        this.pages = pages;
    }

    @Override
    public void write(GeneratedDocument document, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            List<List<String>> text = PageLayout.pages(document.text().text());
            switch (pages) {
                case TEXT -> {
                    PDFont font = PDType0Font.load(pdf, new ByteArrayInputStream(FONT));
                    for (List<String> lines : text) {
                        textPage(pdf, newPage(pdf), font, lines, false);
                    }
                }
                case IMAGE -> {
                    Font font = awtFont();
                    for (List<String> lines : text) {
                        imagePage(pdf, newPage(pdf), font, lines);
                    }
                }
                case IMAGE_WITH_TEXT -> {
                    Font awt = awtFont();
                    PDFont font = PDType0Font.load(pdf, new ByteArrayInputStream(FONT));
                    List<List<String>> pictured =
                            PageLayout.pages(document.pictured().text());
                    for (int i = 0; i < Math.max(text.size(), pictured.size()); i++) {
                        PDPage page = newPage(pdf);
                        imagePage(pdf, page, awt, i < pictured.size() ? pictured.get(i) : List.of());
                        textPage(pdf, page, font, i < text.size() ? text.get(i) : List.of(), true);
                    }
                }
            }
            describe(pdf, document);
            pdf.save(file.toFile());
        }
    }

    private static PDPage newPage(PDDocument pdf) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        return page;
    }

    private static void textPage(PDDocument pdf, PDPage page, PDFont font, List<String> lines, boolean invisible)
            throws IOException {
        try (PDPageContentStream content = invisible
                ? new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)
                : new PDPageContentStream(pdf, page)) {
            content.beginText();
            if (invisible) {
                content.setRenderingMode(RenderingMode.NEITHER);
            }
            content.setFont(font, FONT_SIZE);
            content.setLeading(LEADING);
            content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    private static void imagePage(PDDocument pdf, PDPage page, Font font, List<String> lines) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float scale = DPI / 72f;
        BufferedImage image = new BufferedImage(
                Math.round(a4.getWidth() * scale), Math.round(a4.getHeight() * scale), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setFont(font.deriveFont(FONT_SIZE * scale));
            float y = MARGIN * scale;
            for (String line : lines) {
                g.drawString(line, MARGIN * scale, y);
                y += LEADING * scale;
            }
        } finally {
            g.dispose();
        }
        PDImageXObject picture = LosslessFactory.createFromImage(pdf, image);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(picture, 0, 0, a4.getWidth(), a4.getHeight());
        }
    }

    private void describe(PDDocument pdf, GeneratedDocument document) {
        Calendar created = GregorianCalendar.from(document.created().atZone(ZoneOffset.UTC));
        created.setTimeZone(TimeZone.getTimeZone("UTC"));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setProducer(pages == Pages.TEXT ? "OpenSAR generator" : "Scanner");
        String id = String.format(
                "%016x%016x",
                document.text().text().hashCode() * 31L, document.created().hashCode() * 17L);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Font awtFont() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(FONT));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read the bundled font", e);
        }
    }

    private static byte[] fontBytes() {
        try (InputStream in = PDFont.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
