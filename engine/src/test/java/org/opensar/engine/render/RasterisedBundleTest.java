package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.extract.DocumentFixtures;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.ReasonCode;

/** A scanned document goes into the bundle as images with the boxes burned in, under a text layer OCR read anew. */
class RasterisedBundleTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final List<String> LINES = List.of(
            "Contact record for Jordan Ellis",
            "Jane Doe visited on Tuesday afternoon",
            "She rang again later from 07700 900123");
    private static final WordOcr OCR = new WordOcr(ExtractionSettings.DEFAULT);

    @TempDir
    static Path dir;

    private static CaseDocument scan;
    private static ExtractedDocument extracted;

    @BeforeAll
    static void scanALetter() throws IOException {
        Path file = Files.write(dir.resolve("scan.pdf"), DocumentFixtures.scannedPdf(LINES));
        scan = new CaseDocument(
                "scan.pdf",
                file,
                Files.size(file),
                new DocumentMetadata("Contact record", null, LocalDate.of(2020, 5, 6), null, null));
        if (OCR.available()) {
            extracted = new TikaTextExtractor(ExtractionSettings.DEFAULT).extract(scan);
        }
    }

    @ParameterizedTest
    @CsvSource({"OCR_APPLIED, RASTERISE", "EXTRACTED, TYPESET"})
    void scansAreRasterisedAndBornDigitalTextTypeset(ExtractionOutcome outcome, RenderMode mode) {
        assertThat(RenderMode.forSource(outcome)).isEqualTo(mode);
    }

    @Test
    void aScanIsShownAsAnImageWithTheBoxesBurnedInAndASearchableTextLayer() throws Exception {
        assumeTesseract();
        Path out = dir.resolve("rasterised");

        DisclosureBundleWriter.Outcome outcome =
                new DisclosureBundleWriter(d -> extracted).write(request(redactions(), null), out);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(outcome.rendered().notes()).isEmpty();
        RenderedBundle.IndexEntry entry = outcome.rendered().index().get(0);
        assertThat(entry.mode()).isEqualTo(RenderMode.RASTERISE);
        assertThat(outcome.rendered().redactions()).hasSize(2);
        assertThat(Files.readString(outcome.log()))
                .contains("scan.pdf," + entry.firstPage() + ",rendered: RASTERISE,")
                .contains("scan.pdf," + entry.firstPage() + ",PERSON,TP,THIRD_PARTY_NAME");
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            PDPage page = pdf.getPage(entry.firstPage() - 1);
            assertThat(images(page)).isEqualTo(1);
            String layer = pageText(pdf, entry.firstPage());
            assertThat(layer)
                    .contains("Contact record", "visited on Tuesday", "rang again")
                    .doesNotContain("Jane", "Doe", "07700", "900123");
            String seen = OCR.read(WordOcr.scan(pdf, entry.firstPage() - 1)).stream()
                    .map(WordOcr.Word::text)
                    .collect(Collectors.joining(" "));
            assertThat(seen).contains("visited", "Tuesday").doesNotContain("Jane", "Doe", "07700", "900123");
            assertThat(TaggedBundleTest.markedContentIds(page, entry.firstPage()))
                    .isNotEmpty();
            assertThat(TaggedBundleTest.textOfElements(pdf)).anyMatch(t -> t.contains("visited on Tuesday afternoon"));
        }
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            assertThat(TaggedBundleTest.elements(pdf).stream()
                            .filter(e -> "Span".equals(e.getNameAsString(COSName.S)))
                            .map(e -> e.getString(COSName.ACTUAL_TEXT)))
                    .containsExactlyInAnyOrder(
                            "Redacted: third party's name (TP)", "Redacted: third party's contact details (TPC)");
        }
    }

    @Test
    void aScannedImageIsRasterisedToo() throws Exception {
        assumeTesseract();
        Path png = dir.resolve("photo.png");
        BufferedImage image = new BufferedImage(1700, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 56));
        for (int i = 0; i < LINES.size(); i++) {
            g.drawString(LINES.get(i), 100, 120 + 90 * i);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
        CaseDocument photo = new CaseDocument("photo.png", png, Files.size(png), DocumentMetadata.NONE);
        ExtractedDocument read = new TikaTextExtractor(ExtractionSettings.DEFAULT).extract(photo);
        assertThat(read.outcome()).isEqualTo(ExtractionOutcome.OCR_APPLIED);
        int at = read.fullText().indexOf("Jane Doe");
        assertThat(at).isNotNegative();
        BundleRequest request = new BundleRequest(
                CaseDescription.ofSubject("Jordan Ellis"),
                List.of(new BundleDocument(
                        photo,
                        "Photo of a note",
                        Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, ""),
                        "officer",
                        AT,
                        List.of(new ApprovedRedaction(
                                "Jane Doe",
                                at,
                                at + 8,
                                1,
                                PersonalDataType.PERSON,
                                RedactionReason.THIRD_PARTY_NAME,
                                "A",
                                AT)))),
                CoveringLetter.defaults(),
                LocalDate.of(2026, 11, 23));

        DisclosureBundleWriter.Outcome outcome =
                new DisclosureBundleWriter(d -> read).write(request, dir.resolve("png"));

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(outcome.rendered().notes()).isEmpty();
        RenderedBundle.IndexEntry entry = outcome.rendered().index().get(0);
        assertThat(entry.mode()).isEqualTo(RenderMode.RASTERISE);
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            assertThat(pageText(pdf, entry.firstPage()))
                    .contains("visited on Tuesday")
                    .doesNotContain("Jane", "Doe");
        }
    }

    @Test
    void anOfficerMayHaveAScanTypesetInstead() throws Exception {
        assumeTesseract();

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(d -> extracted)
                .write(request(redactions(), RenderMode.TYPESET), dir.resolve("typeset"));

        assertThat(outcome.verification().findings()).isEmpty();
        RenderedBundle.IndexEntry entry = outcome.rendered().index().get(0);
        assertThat(entry.mode()).isEqualTo(RenderMode.TYPESET);
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            assertThat(images(pdf.getPage(entry.firstPage() - 1))).isZero();
            assertThat(pageText(pdf, entry.firstPage()))
                    .contains("visited on Tuesday")
                    .doesNotContain("Jane");
        }
    }

    @Test
    void theVerifierReadsARasterisedPageAsItIsSeen() throws Exception {
        assumeTesseract();
        Path out = dir.resolve("leaky");
        List<ApprovedRedaction> onlyThePhone =
                redactions().stream().filter(r -> r.text().startsWith("07700")).toList();
        BundleRequest request = request(onlyThePhone, null);
        new PdfBundleRenderer(d -> extracted)
                .render(request, Files.createDirectories(out).resolve("bundle.pdf"));

        Verification verification = new BundleVerifier()
                .verify(out.resolve("bundle.pdf"), RedactedTerms.of(List.of("Jane Doe")), List.of());

        assertThat(verification.findings())
                .anyMatch(f -> f.startsWith("redacted text \"Jane Doe\" is in the text of"))
                .anyMatch(f -> f.startsWith("redacted text \"Jane Doe\" is in the image on page"));
    }

    @Test
    void withoutTesseractAScanIsTypesetAndTheBundleSaysWhy() throws Exception {
        String text = String.join("\n", LINES);
        TextExtractor ocrText =
                d -> new ExtractedDocument(d.file(), List.of(text), Map.of(), ExtractionOutcome.OCR_APPLIED, "");
        int at = text.indexOf("Jane Doe");
        BundleRequest request = request(
                List.of(new ApprovedRedaction(
                        "Jane Doe", at, at + 8, 1, PersonalDataType.PERSON, RedactionReason.THIRD_PARTY_NAME, "A", AT)),
                null);
        WordOcr missing = new WordOcr(ExtractionSettings.DEFAULT.withOcrCommand("/nonexistent/tesseract"));

        RenderedBundle rendered = new PdfBundleRenderer(ocrText, missing)
                .render(request, Files.createDirectories(dir.resolve("no-ocr")).resolve("bundle.pdf"));

        assertThat(rendered.index().get(0).mode()).isEqualTo(RenderMode.TYPESET);
        assertThat(rendered.notes()).containsExactly("scan.pdf: typeset, not rasterised: tesseract is not on the PATH");
    }

    private static void assumeTesseract() {
        assumeTrue(OCR.available(), "tesseract is not on the PATH: rasterising scans cannot be tested here");
        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.OCR_APPLIED);
    }

    private static List<ApprovedRedaction> redactions() {
        String text = extracted.fullText();
        assertThat(text).contains("Jane Doe", "07700 900123");
        List<ApprovedRedaction> redactions = new ArrayList<>();
        int name = text.indexOf("Jane Doe");
        redactions.add(new ApprovedRedaction(
                "Jane Doe", name, name + 8, 1, PersonalDataType.PERSON, RedactionReason.THIRD_PARTY_NAME, "A", AT));
        int phone = text.indexOf("07700 900123");
        redactions.add(new ApprovedRedaction(
                "07700 900123",
                phone,
                phone + 12,
                1,
                PersonalDataType.PHONE,
                RedactionReason.THIRD_PARTY_CONTACT_DETAILS,
                "A",
                AT));
        return redactions;
    }

    private static BundleRequest request(List<ApprovedRedaction> redactions, RenderMode mode) {
        BundleDocument document = new BundleDocument(
                        scan,
                        "Contact record",
                        Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, ""),
                        "officer",
                        AT,
                        redactions)
                .renderedAs(mode);
        return new BundleRequest(
                CaseDescription.ofSubject("Jordan Ellis"),
                List.of(document),
                CoveringLetter.defaults(),
                LocalDate.of(2026, 11, 23));
    }

    private static int images(PDPage page) throws IOException {
        int images = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            images += page.getResources().isImageXObject(name) ? 1 : 0;
        }
        return images;
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
