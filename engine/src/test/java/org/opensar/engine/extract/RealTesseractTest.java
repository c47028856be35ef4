package org.opensar.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;

/**
 * A scanned letter read by the real Tesseract (Debian's tesseract-ocr and tesseract-ocr-eng, which .ci/run installs;
 * skipped with a message where it is missing).
 */
class RealTesseractTest {

    @TempDir
    Path tmp;

    @Test
    void aScannedPoliceLetterIsReadWithTesseract() throws IOException {
        assumeTrue(
                new TesseractOcr(ExtractionSettings.DEFAULT).available(),
                "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)");
        byte[] scan = DocumentFixtures.scannedPdf(
                List.of("West Midlands Police", "Public Protection Unit", "Officers attended the address."));
        Path path = Files.write(tmp.resolve("scan.pdf"), scan);

        ExtractedDocument extracted = new TikaTextExtractor(ExtractionSettings.DEFAULT)
                .extract(new CaseDocument("documents/scan.pdf", path, scan.length, DocumentMetadata.NONE));

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.OCR_APPLIED);
        assertThat(extracted.fullText())
                .contains("West Midlands Police")
                .contains("Public Protection Unit")
                .contains("Officers attended the address");
    }
}
