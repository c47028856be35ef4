package org.opensar.engine.tools.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a large synthetic case for benchmarking: mostly two-page PDFs, with DOCX, text, HTML and email documents,
 * a few duplicates, and made-up words only (no real personal data).
 */
public final class BenchCaseBuilder {

    private static final String[] TITLES = {
        "Case Note", "Foster Carer Daily Log", "Child in Care Review", "Pathway Plan", "West Midlands Police",
        "Invoice", "Placement Information Record", "Meeting Notes", "Chronology", "Document upload"
    };
    private static final String[] WORDS = ("visited placement school contact discussed plan carer review health "
                    + "education friends football college swimming worried happy upset meeting agreed support "
                    + "bedroom dinner weekend appointment dentist homework reading progress behaviour advice")
            .split(" ");
    private static final int LINES_PER_PAGE = 32;

    private final Random random = new Random(2026);
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    public Path build(Path root, int documents) throws IOException {
        Files.createDirectories(root.resolve("documents"));
        Files.writeString(
                root.resolve("case.json"), "{\"reference\": \"BENCH-1\", \"subject\": {\"name\": \"Sam Bench\"}}");
        byte[] previous = null;
        String previousExtension = null;
        for (int i = 0; i < documents; i++) {
            String folder = "documents/" + (2010 + i % 12) + "/";
            if (previous != null && i % 25 == 0) {
                Files.write(root.resolve(folder + "copy-" + i + "." + previousExtension), previous);
                continue;
            }
            String title = TITLES[random.nextInt(TITLES.length)] + " " + i;
            int kind = i % 10;
            String extension = kind < 6 ? "pdf" : kind < 8 ? "docx" : kind == 8 ? "txt" : "html";
            List<String> pages = new ArrayList<>();
            int pageCount = extension.equals("pdf") ? 1 + random.nextInt(3) : 1;
            for (int p = 0; p < pageCount; p++) {
                pages.add(page(p == 0 ? title : null));
            }
            byte[] content = switch (extension) {
                case "pdf" -> pdf(pages);
                case "docx" -> docx(pages.get(0));
                case "html" ->
                    ("<html><body><pre>" + pages.get(0) + "</pre></body></html>").getBytes(StandardCharsets.UTF_8);
                default -> pages.get(0).getBytes(StandardCharsets.UTF_8);
            };
            Path file = root.resolve(folder + "doc-" + i + "." + extension);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            previous = content;
            previousExtension = extension;
        }
        return root;
    }

    private String page(String title) {
        StringBuilder page = new StringBuilder(title == null ? "" : title + "\n");
        for (int line = 0; line < LINES_PER_PAGE; line++) {
            for (int w = 0; w < 11; w++) {
                page.append(WORDS[random.nextInt(WORDS.length)]).append(w == 10 ? "" : " ");
            }
            page.append('\n');
        }
        return page.toString();
    }

    private byte[] pdf(List<String> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 740);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                docx.createParagraph().createRun().setText(line);
            }
            docx.write(bytes);
            return bytes.toByteArray();
        }
    }
}
