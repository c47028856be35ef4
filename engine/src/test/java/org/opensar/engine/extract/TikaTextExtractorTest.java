package org.opensar.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;

class TikaTextExtractorTest {

    private static final ExtractionSettings NO_OCR = ExtractionSettings.DEFAULT.withOcrCommand("no-such-ocr-command");
    private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor(NO_OCR);

    @TempDir
    Path tmp;

    private CaseDocument document(String name, byte[] content) throws IOException {
        Path path = tmp.resolve(name);
        Files.write(path, content);
        return new CaseDocument("documents/" + name, path, content.length, DocumentMetadata.NONE);
    }

    static Stream<Arguments> readableFormats() {
        String text = "Visited Jordan at home\nJordan talked about school";
        return Stream.of(
                Arguments.of("note.pdf", DocumentFixtures.pdf(List.of(text))),
                Arguments.of("note.docx", DocumentFixtures.docx(text)),
                Arguments.of("note.odt", DocumentFixtures.odt(text)),
                Arguments.of("note.eml", DocumentFixtures.eml("worker@council.example", "Visit", text)),
                Arguments.of("note.html", DocumentFixtures.html("Visit", text)),
                Arguments.of("note.txt", text.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("note.rtf", DocumentFixtures.rtf(text)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableFormats")
    void extractsTheTextOfEveryFormat(String name, byte[] content) throws IOException {
        ExtractedDocument extracted = EXTRACTOR.extract(document(name, content));

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.EXTRACTED);
        assertThat(extracted.file()).isEqualTo("documents/" + name);
        assertThat(extracted.fullText().replaceAll("\\s+", " "))
                .contains("Visited Jordan at home")
                .contains("Jordan talked about school");
    }

    @Test
    void utf8TextWithAFewAccentedNamesIsReadAsUtf8() throws IOException {
        // part of a generated viability assessment that Tika's statistical detectors alone take for GB18030
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("accented-names-utf8.txt")) {
            content = in.readAllBytes();
        }
        ExtractedDocument extracted = EXTRACTOR.extract(document("assessment.txt", content));

        assertThat(extracted.fullText()).contains("history: Róisín grew up", "teased Róisín. Róisín struggled");
    }

    @Test
    void textThatIsNotUtf8IsStillRead() throws IOException {
        ExtractedDocument extracted = EXTRACTOR.extract(document(
                "latin1.txt", "Visit to Zoë at home, café after school.".getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(extracted.fullText()).contains("Zoë", "café");
    }

    @Test
    void anEmailStartsWithItsHeaderLinesSoThePeopleInThemAreSeen() throws IOException {
        ExtractedDocument extracted = EXTRACTOR.extract(
                document("contact.eml", DocumentFixtures.emlWithCopies("Jordan enjoyed the visit.\nThanks, Dana")));

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.EXTRACTED);
        assertThat(extracted.fullText()).startsWith("""
                From: Dana Whitfield <dana.whitfield@example.org>
                To: Amrit Khan <amrit.khan@council.example>, Priya Lodge <p.lodge@example.net>
                Cc: Tomasz Wren <tomasz.wren@example.com>
                Bcc: Leah Orme <leah.orme@example.org>
                Date: Mon, 4 Mar 2019 10:05
                Subject: Contact on Saturday

                Jordan enjoyed the visit.""");
        assertThat(AddedLines.strip(extracted.fullText())).startsWith("Jordan enjoyed the visit.");
    }

    @Test
    void anEmailWithoutOptionalHeadersHasOnlyTheLinesItHas() throws IOException {
        ExtractedDocument extracted =
                EXTRACTOR.extract(document("note.eml", DocumentFixtures.eml("worker@council.example", "Visit", "Hi")));

        assertThat(extracted.fullText()).isEqualTo("""
                        From: worker@council.example
                        To: duty.team@council.example
                        Date: Mon, 4 Mar 2019 10:00
                        Subject: Visit

                        Hi""");
    }

    @Test
    void otherFormatsGetNoHeaderLines() throws IOException {
        ExtractedDocument extracted = EXTRACTOR.extract(document("note.txt", "From the start".getBytes()));

        assertThat(extracted.fullText()).isEqualTo("From the start");
    }

    @Test
    void keepsPdfPageBoundaries() throws IOException {
        ExtractedDocument extracted = EXTRACTOR.extract(
                document("three.pdf", DocumentFixtures.pdf(List.of("First page", "Second page", "Third page"))));

        assertThat(extracted.pages()).containsExactly("First page", "Second page", "Third page");
        assertThat(extracted.pageStartOffsets()).containsExactly(0, 12, 25);
        assertThat(extracted.fullText().substring(25)).isEqualTo("Third page");
        assertThat(extracted.pageAt(13)).isEqualTo(2);
        assertThat(extracted.pageAt(0)).isEqualTo(1);
    }

    static Stream<Arguments> failures() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        return Stream.of(
                Arguments.of("corrupt.pdf", DocumentFixtures.corruptPdf(), ExtractionOutcome.CORRUPT),
                Arguments.of(
                        "locked.pdf",
                        DocumentFixtures.encryptedPdf("Secret", "pa55word"),
                        ExtractionOutcome.PASSWORD_PROTECTED),
                Arguments.of("empty.docx", new byte[0], ExtractionOutcome.EMPTY),
                Arguments.of("blank.txt", "   \n  ".getBytes(StandardCharsets.UTF_8), ExtractionOutcome.EMPTY),
                Arguments.of("scan.pdf", DocumentFixtures.scannedPdf(), ExtractionOutcome.NEEDS_OCR),
                Arguments.of("photo.png", png(), ExtractionOutcome.NEEDS_OCR),
                Arguments.of("mystery.bin", random, ExtractionOutcome.UNSUPPORTED_FORMAT),
                Arguments.of("broken.docx", "PK\u0003\u0004 not really a zip".getBytes(), ExtractionOutcome.CORRUPT));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("failures")
    void everyFailureHasItsOwnReason(String name, byte[] content, ExtractionOutcome expected) throws IOException {
        ExtractedDocument extracted = EXTRACTOR.extract(document(name, content));

        assertThat(extracted.outcome()).isEqualTo(expected);
        assertThat(extracted.outcome().usable()).isFalse();
        assertThat(extracted.detail()).isNotBlank();
    }

    @Test
    void aFileOverTheSizeLimitIsTooLargeAndSmallerOnesAreRead() throws IOException {
        TikaTextExtractor small = new TikaTextExtractor(NO_OCR.withMaxBytes(100));
        byte[] big = "word ".repeat(100).getBytes(StandardCharsets.UTF_8);

        assertThat(small.extract(document("big.txt", big)).outcome()).isEqualTo(ExtractionOutcome.TOO_LARGE);
        assertThat(small.extract(document("ok.txt", "short".getBytes())).outcome())
                .isEqualTo(ExtractionOutcome.EXTRACTED);
    }

    @Test
    void aScannedPdfKeepsThePagesThatHaveText() throws IOException {
        ExtractedDocument extracted = EXTRACTOR.extract(document("scan.pdf", DocumentFixtures.scannedPdf()));

        assertThat(extracted.pageCount()).isEqualTo(1);
        assertThat(extracted.detail()).contains("[1]");
    }

    private static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(20, 20, 1), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
