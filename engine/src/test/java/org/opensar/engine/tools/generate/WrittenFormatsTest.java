package org.opensar.engine.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import tools.jackson.databind.JsonNode;

/** Each format opens with the library that reads it, and holds the text the answer key says it holds. */
class WrittenFormatsTest {

    @TempDir
    static Path temp;

    private static Path caseDir;
    private static AnswerKey key;

    @BeforeAll
    static void generate() throws IOException {
        caseDir = temp.resolve("case");
        CaseFileGenerator.generate(new GeneratorOptions(23, 40, HeldOutMode.MIXED), caseDir);
        key = AnswerKey.read(caseDir);
    }

    @Test
    void textPdfsLoadInPdfBoxWithTheKeyTextAndPageCount() throws IOException {
        for (JsonNode document : documents(DocumentFormat.PDF)) {
            try (PDDocument pdf = Loader.loadPDF(file(document).toFile())) {
                assertThat(pdf.getNumberOfPages())
                        .isEqualTo(document.get("pages").asInt());
                assertThat(AnswerKey.normalise(new PDFTextStripper().getText(pdf)))
                        .isEqualTo(AnswerKey.normalise(document.get("text").asString()));
            }
        }
    }

    @Test
    void scannedPdfsHoldOnlyPicturesOfTheirPages() throws IOException {
        List<JsonNode> scanned = documents(DocumentFormat.SCANNED_PDF);
        assertThat(scanned).isNotEmpty();
        for (JsonNode document : scanned) {
            assertThat(document.get("disposition").asString()).isEqualTo("REVIEW");
            assertThat(document.get("reason").asString()).isEqualTo("NEEDS_OCR");
            assertThat(document.get("afterOcr").get("disposition").asString()).isNotBlank();
            try (PDDocument pdf = Loader.loadPDF(file(document).toFile())) {
                assertThat(pdf.getNumberOfPages())
                        .isEqualTo(document.get("pages").asInt());
                assertThat(new PDFTextStripper().getText(pdf)).isBlank();
                for (PDPage page : pdf.getPages()) {
                    assertThat(page.getResources().getXObjectNames()).hasSize(1);
                    assertThat(page.getResources().getFontNames()).isEmpty();
                    assertThat(page.getResources().getXObject(COSName.getPDFName("Im1")))
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void docxOpensInPoiWithOneParagraphPerLine() throws IOException {
        for (JsonNode document : documents(DocumentFormat.DOCX)) {
            try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(file(document)))) {
                String text = docx.getParagraphs().stream()
                        .map(XWPFParagraph::getText)
                        .collect(Collectors.joining("\n"));
                assertThat(text).isEqualTo(document.get("text").asString());
            }
        }
    }

    @Test
    void odtIsAZipWithTheMimetypeStoredFirst() throws IOException {
        for (JsonNode document : documents(DocumentFormat.ODT)) {
            try (ZipFile zip = new ZipFile(file(document).toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                ZipEntry first = entries.nextElement();
                assertThat(first.getName()).isEqualTo("mimetype");
                assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
                assertThat(new String(zip.getInputStream(first).readAllBytes(), StandardCharsets.US_ASCII))
                        .isEqualTo("application/vnd.oasis.opendocument.text");
                assertThat(zip.getEntry("META-INF/manifest.xml")).isNotNull();
            }
            assertThat(AnswerKey.normalise(tika(document)))
                    .isEqualTo(AnswerKey.normalise(document.get("text").asString()));
        }
    }

    @Test
    void rtfHtmlAndTextReadBackThroughTika() throws IOException {
        for (DocumentFormat format : List.of(DocumentFormat.RTF, DocumentFormat.HTML, DocumentFormat.TXT)) {
            assertThat(documents(format)).as(format.name()).isNotEmpty();
            for (JsonNode document : documents(format)) {
                assertThat(AnswerKey.normalise(tika(document)))
                        .as(document.get("file").asString())
                        .isEqualTo(AnswerKey.normalise(document.get("text").asString()));
            }
        }
    }

    @Test
    void emailsAreRfc822MessagesWhoseBodyIsTheText() throws IOException {
        for (JsonNode document : documents(DocumentFormat.EML)) {
            String text = document.get("text").asString();
            String mail = Files.readString(file(document), StandardCharsets.UTF_8);
            assertThat(mail).startsWith("From: ").contains("\r\nMIME-Version: 1.0\r\n", "\r\nDate: ");
            assertThat(mail.lines().takeWhile(l -> !l.isEmpty()))
                    .allSatisfy(h -> assertThat(h).matches("[\\x20-\\x7e]+"));
            String body = text.substring(text.indexOf("\n\n") + 2);
            assertThat(AnswerKey.normalise(tika(document))).contains(AnswerKey.normalise(body));
        }
    }

    @Test
    void theExtractedTextOfAnEmailStartsWithTheSenderAndRecipientsTheKeyShows() throws IOException {
        TikaTextExtractor extractor = new TikaTextExtractor(ExtractionSettings.DEFAULT.withOcrCommand("no-such-ocr"));
        List<JsonNode> emails = documents(DocumentFormat.EML);
        assertThat(emails).isNotEmpty();
        for (JsonNode document : emails) {
            List<String> keyLines = document.get("text").asString().lines().toList();
            Path path = file(document);
            String text = extractor
                    .extract(new CaseDocument(
                            document.get("file").asString(), path, Files.size(path), DocumentMetadata.NONE))
                    .fullText();
            assertThat(text.lines().limit(2))
                    .as(document.get("file").asString())
                    .containsExactly(keyLines.get(0), keyLines.get(1));
            assertThat(keyLines.get(0)).startsWith("From: ");
            assertThat(keyLines.get(1)).startsWith("To: ");
        }
    }

    private static String tika(JsonNode document) throws IOException {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        try {
            return tika.parseToString(file(document));
        } catch (TikaException e) {
            throw new IOException(e);
        }
    }

    private static List<JsonNode> documents(DocumentFormat format) {
        return key.documents().stream()
                .filter(d -> d.get("format").asString().equals(format.name()))
                .toList();
    }

    private static Path file(JsonNode document) {
        return caseDir.resolve(document.get("file").asString());
    }
}
