package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.DocumentFixtures;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.ReasonCode;

/** A scanned page with nothing to cover is shown as it is, under the words extraction's OCR read in it. */
class UncoveredScanTest {

    @TempDir
    Path dir;

    @Test
    void aScanWithNothingToCoverKeepsItsWholeReadingAsItsTextLayer() throws Exception {
        assumeTrue(new WordOcr(ExtractionSettings.DEFAULT).available(), "tesseract is not on the PATH");
        List<String> lines = List.of("Placement log for Jordan Ellis", "Settled well and went to school on time");
        Path file = Files.write(dir.resolve("scan.pdf"), DocumentFixtures.scannedPdf(lines));
        CaseDocument scan = new CaseDocument(
                "scan.pdf",
                file,
                Files.size(file),
                new DocumentMetadata("Log", null, LocalDate.of(2020, 5, 6), null, null));
        ExtractedDocument read = new TikaTextExtractor(ExtractionSettings.DEFAULT).extract(scan);
        assertThat(read.outcome()).isEqualTo(ExtractionOutcome.OCR_APPLIED);

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(d -> read)
                .write(
                        new BundleRequest(
                                CaseDescription.ofSubject("Jordan Ellis"),
                                List.of(new BundleDocument(
                                        scan,
                                        "Log",
                                        Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, ""),
                                        "officer",
                                        Instant.parse("2026-11-20T10:00:00Z"),
                                        List.of())),
                                CoveringLetter.defaults(),
                                LocalDate.of(2026, 12, 7)),
                        dir.resolve("out"));

        RenderedBundle.IndexEntry entry = outcome.rendered().index().get(0);
        assertThat(entry.mode()).isEqualTo(RenderMode.RASTERISE);
        assertThat(outcome.rendered().redactions()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(entry.firstPage());
            stripper.setEndPage(entry.firstPage());
            assertThat(stripper.getText(pdf).replaceAll("\\s+", " "))
                    .contains(read.fullText().replaceAll("\\s+", " ").strip());
        }
    }
}
