package org.opensar.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;

/** The OCR path, with a stand-in for tesseract that answers like it (tesseract IMAGE stdout -l eng). */
class OcrTest {

    @TempDir
    Path tmp;

    private TikaTextExtractor extractorWithOcr(String script) throws IOException {
        Path command = tmp.resolve("fake-tesseract");
        Files.writeString(command, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
        return new TikaTextExtractor(ExtractionSettings.DEFAULT.withOcrCommand(command.toString()));
    }

    private CaseDocument scannedPdf() throws IOException {
        byte[] content = DocumentFixtures.scannedPdf();
        Path path = Files.write(tmp.resolve("scan.pdf"), content);
        return new CaseDocument("documents/scan.pdf", path, content.length, DocumentMetadata.NONE);
    }

    @Test
    void scannedPagesAreReadWithOcrWhenTheCommandIsThere() throws IOException {
        TikaTextExtractor extractor =
                extractorWithOcr("test -s \"$1\" && echo 'West Midlands Police' && echo 'Scanned letter'");

        ExtractedDocument extracted = extractor.extract(scannedPdf());

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.OCR_APPLIED);
        assertThat(extracted.pages()).containsExactly("West Midlands Police\nScanned letter");
    }

    @Test
    void anOcrFailureIsAnExtractionFailureOfThatDocument() throws IOException {
        ExtractedDocument extracted = extractorWithOcr("exit 3").extract(scannedPdf());

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.EXTRACTION_FAILED);
        assertThat(extracted.detail()).contains("tesseract exited with 3");
    }

    @Test
    void pageImagesGoToTheGivenPrivateFolderOwnerOnlyAndAreRemoved() throws IOException {
        Path privateFolder = tmp.resolve("opensar-home/tmp");
        Path seen = tmp.resolve("seen.txt");
        Path command = tmp.resolve("fake-tesseract");
        Files.writeString(
                command, "#!/bin/sh\necho \"$1 $(stat -c %a \"$1\")\" >> '" + seen + "'\necho 'Scanned letter'\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
        TikaTextExtractor extractor = new TikaTextExtractor(
                ExtractionSettings.DEFAULT.withOcrCommand(command.toString()).withTemporaryFolder(privateFolder));

        ExtractedDocument extracted = extractor.extract(scannedPdf());

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.OCR_APPLIED);
        String[] image = Files.readString(seen).strip().split(" ");
        assertThat(Path.of(image[0])).startsWithRaw(privateFolder);
        assertThat(image[1]).as("the page image's permissions").isEqualTo("600");
        try (var left = Files.list(privateFolder)) {
            assertThat(left).as("nothing left behind").isEmpty();
        }
    }
}
