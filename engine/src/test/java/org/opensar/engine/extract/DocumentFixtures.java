package org.opensar.engine.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Synthetic documents of every format the engine reads, made at test time. */
public final class DocumentFixtures {

    private DocumentFixtures() {}

    /** A PDF with one page per entry; each page's lines split on newlines. */
    public static byte[] pdf(List<String> pages) {
        return pdf(pages, null);
    }

    /** An encrypted PDF that needs {@code userPassword} to open. */
    public static byte[] encryptedPdf(String text, String userPassword) {
        return pdf(List.of(text), userPassword);
    }

    private static byte[] pdf(List<String> pages, String userPassword) {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String page : pages) {
                PDPage pdPage = new PDPage();
                pdf.addPage(pdPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdPage)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 740);
                    for (String line : page.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "scanned" PDF: one page holding only a picture, no text layer. */
    public static byte[] scannedPdf() {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawString("Scanned letter", 20, 50);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, image), 50, 500);
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page as a photocopier makes it: only an image, here of large clear printed lines, no text layer. */
    public static byte[] scannedPdf(List<String> lines) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage image = new BufferedImage(1700, 200 + 90 * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 56));
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 100, 150 + 90 * i);
            }
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(
                        LosslessFactory.createFromImage(pdf, image),
                        36,
                        400,
                        540,
                        540f * image.getHeight() / image.getWidth());
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document with one paragraph per line. */
    public static byte[] docx(String text) {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                docx.createParagraph().createRun().setText(line);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal OpenDocument text file: one paragraph per line. */
    public static byte[] odt(String text) {
        StringBuilder paragraphs = new StringBuilder();
        for (String line : text.split("\n")) {
            paragraphs.append("<text:p>").append(line).append("</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + paragraphs + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] eml(String from, String subject, String body) {
        return ("From: " + from + "\r\nTo: duty.team@council.example\r\nSubject: " + subject
                        + "\r\nDate: Mon, 4 Mar 2019 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An e-mail with every header the extracted text should carry: named sender, two recipients, a copy. */
    public static byte[] emlWithCopies(String body) {
        return ("From: Dana Whitfield <dana.whitfield@example.org>\r\n"
                        + "To: Amrit Khan <amrit.khan@council.example>, \"Priya Lodge\" <p.lodge@example.net>\r\n"
                        + "Cc: Tomasz Wren <tomasz.wren@example.com>\r\n"
                        + "Bcc: Leah Orme <leah.orme@example.org>\r\n"
                        + "Subject: Contact on Saturday\r\nDate: Mon, 4 Mar 2019 10:05:00 +0000\r\n"
                        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                        + body.replace("\n", "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html(String title, String body) {
        return ("<html><head><title>" + title + "</title></head><body><p>" + body.replace("\n", "</p><p>")
                        + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] rtf(String text) {
        return ("{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard " + text.replace("\n", "\\par\n") + "\\par}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The first part of a real PDF, cut off: the file is corrupt. */
    public static byte[] corruptPdf() {
        byte[] whole = pdf(List.of("This PDF will be cut short."));
        byte[] cut = new byte[40];
        System.arraycopy(whole, 0, cut, 0, cut.length);
        return cut;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
