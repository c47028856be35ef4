package org.opensar.engine.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.opensar.engine.render.BundleDigest;

/**
 * An OUT_DIR as {@code bin/opensar process} leaves it for packaging: bundle.pdf with a line of text per page, its
 * digest as the writer records it on a clean verification, report.json with the case reference, and the redaction
 * log's verification row.
 */
public final class VerifiedBundles {

    static final String REFERENCE = "SAR-2026-0042";
    static final List<String> PAGES = List.of(
            "Your records: a copy of the personal information Example Council holds about you.",
            "Case note 3 March 2009: Jordan visited the office with a personal adviser.",
            "Review minutes: Jordan said the new placement feels like home.");

    private VerifiedBundles() {}

    /** A bundle whose verification row says {@code verification}, e.g. VERIFIED_CLEAN or LEAK_FOUND. */
    public static void write(Path out, String verification) throws IOException {
        Path bundle = out.resolve("bundle.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String line : PAGES) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    text.beginText();
                    text.setFont(font, 11);
                    text.newLineAtOffset(56, 720);
                    text.showText(line);
                    text.endText();
                }
            }
            pdf.save(bundle.toFile());
        }
        Files.writeString(
                out.resolve(BundleDigest.FILE),
                BundleDigest.sha256(bundle) + "  bundle.pdf\n",
                StandardCharsets.US_ASCII);
        Files.writeString(out.resolve("report.json"), "{\"reference\": \"" + REFERENCE + "\"}");
        Files.writeString(
                out.resolve("redaction-log.csv"),
                "document,page,type,code,reason code,exemption,decided by,decided at,note\n"
                        + "bundle.pdf,,verification,,"
                        + verification + ",,opensar verifier,2026-11-23,\n");
    }
}
