package org.opensar.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.casefile.CaseFolderBuilder.aCaseFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseFolderBuilder;
import org.opensar.engine.extract.DocumentFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProcessCommandTest {

    private static final String CASE_NOTE = """
            Case Note
            I visited Jordan at the placement after school. Jordan showed me drawings from art club and said
            the new teacher is kind. We talked about contact with Mum next week. Jordan was seen alone in the
            bedroom, which is tidy. Next visit in four weeks; I will ask the carer about swimming lessons.""";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int process(String... args) {
        return new ProcessCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path sampleCase() {
        return aCaseFolder(tmp.resolve("case"))
                .document("documents/2019/case-note.docx", DocumentFixtures.docx(CASE_NOTE))
                .document("documents/2019/case-note-copy.pdf", DocumentFixtures.pdf(List.of(CASE_NOTE)))
                .document(
                        "documents/police.pdf",
                        DocumentFixtures.pdf(List.of(
                                "West Midlands Police\nPublic Protection Unit\nOfficers attended the address.",
                                "Page two")))
                .document("documents/log.txt", """
                        Foster Carer Daily Log
                        04/03/2019: No issues.
                        05/03/2019: Went to school as normal.""")
                .document("documents/mum.eml", DocumentFixtures.eml("mum@example.org", "Jordan", """
                        I am his mother and I want to say he was always a good boy.
                        Love, Mum"""))
                .document("documents/broken.pdf", DocumentFixtures.corruptPdf())
                .document("documents/locked.pdf", DocumentFixtures.encryptedPdf("Secret", "pw"))
                .document("documents/empty.txt", new byte[0])
                .documentsJson("""
                        [{"file": "documents/police.pdf", "title": "Document upload", "type": "Case note"}]
                        """)
                .build();
    }

    private Map<String, JsonNode> documentsByFile(Path outDir) throws Exception {
        JsonNode report = JsonMapper.builder()
                .build()
                .readTree(outDir.resolve("report.json").toFile());
        Map<String, JsonNode> byFile = new HashMap<>();
        report.get("documents").forEach(d -> byFile.put(d.get("file").asString(), d));
        return byFile;
    }

    @Test
    void writesAReportWithADecisionForEveryDocument() throws Exception {
        int exit = process(sampleCase().toString(), "--out", tmp.resolve("out").toString(), "--threads", "2");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode report = JsonMapper.builder()
                .build()
                .readTree(tmp.resolve("out/report.json").toFile());
        assertThat(report.get("reference").asString()).isEqualTo("SAR-TEST-1");
        Map<String, JsonNode> byFile = documentsByFile(tmp.resolve("out"));
        assertThat(byFile).hasSize(8);
        assertDecision(byFile, "documents/police.pdf", "WITHHOLD", "THIRD_PARTY_SOURCE");
        assertThat(byFile.get("documents/police.pdf").get("pages").asInt()).isEqualTo(2);
        // "Document upload" says nothing of what it is, nor does the letterhead: the document's own heading stands
        assertThat(byFile.get("documents/police.pdf").get("title").asString()).isEqualTo("Public Protection Unit");
        assertThat(byFile.get("documents/broken.pdf").get("title").asString()).isEqualTo("Document");
        assertThat(byFile.get("documents/police.pdf").get("evidence").toString())
                .contains("letterhead: West Midlands Police");
        assertDecision(byFile, "documents/2019/case-note.docx", "DISCLOSE", "CASE_NOTE");
        assertDecision(byFile, "documents/2019/case-note-copy.pdf", "REMOVE", "DUPLICATE");
        assertThat(byFile.get("documents/2019/case-note-copy.pdf")
                        .get("duplicateOf")
                        .asString())
                .isEqualTo("documents/2019/case-note.docx");
        assertDecision(byFile, "documents/log.txt", "REMOVE", "NOT_MEANINGFUL");
        assertDecision(byFile, "documents/mum.eml", "REVIEW", "NON_PROFESSIONAL");
        JsonNode fromHeader = byFile.get("documents/mum.eml").get("redactions").get(0);
        assertThat(fromHeader.get("text").asString()).isEqualTo("mum@example.org");
        assertThat(fromHeader.get("start").asInt()).isEqualTo("From: ".length());
        assertThat(fromHeader.get("type").asString()).isEqualTo("EMAIL");
        assertDecision(byFile, "documents/broken.pdf", "REVIEW", "CORRUPT");
        assertDecision(byFile, "documents/locked.pdf", "REVIEW", "PASSWORD_PROTECTED");
        assertDecision(byFile, "documents/empty.txt", "REVIEW", "EMPTY");
        for (JsonNode document : byFile.values()) {
            assertThat(document.get("explanation").asString()).isNotBlank();
            assertThat(document.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(document.get("redactions").isArray()).isTrue();
            assertThat(document.has("duplicateOf")).isTrue();
        }
        JsonNode summary = report.get("summary");
        assertThat(summary.get("documents").asInt()).isEqualTo(8);
        assertThat(summary.get("failures").asInt()).isEqualTo(3);
        assertThat(summary.get("byDisposition").get("REVIEW").asInt()).isEqualTo(4);
        assertThat(summary.get("byReason").get("DUPLICATE").asInt()).isEqualTo(1);
    }

    private static void assertDecision(Map<String, JsonNode> byFile, String file, String disposition, String reason) {
        JsonNode document = byFile.get(file);
        assertThat(document).as(file).isNotNull();
        assertThat(document.get("disposition").asString() + " "
                        + document.get("reason").asString())
                .as(file + " " + document.get("evidence"))
                .isEqualTo(disposition + " " + reason);
    }

    @Test
    void proposesRedactionsOfThirdPartiesWithTheirPageInEveryDocument() throws Exception {
        String secondPage = "Jordan told me that his mum Donna Morris had phoned him on 07700 900123.";
        Path folder = aCaseFolder(tmp.resolve("people"))
                .caseJson("""
                        {"reference": "SAR-TEST-2", "subject": {"name": "Jordan Ellis"},
                         "people": [{"name": "Donna Morris", "relationship": "mother", "category": "FAMILY"}]}""")
                .document("documents/visit.pdf", DocumentFixtures.pdf(List.of(CASE_NOTE, secondPage)))
                .document(
                        "documents/police.pdf",
                        DocumentFixtures.pdf(List.of("West Midlands Police\nPublic Protection Unit\n"
                                + "Officers spoke to Donna Morris at the address.")))
                .build();

        Path wording = java.nio.file.Files.writeString(
                tmp.resolve("wording.json"),
                "{\"THIRD_PARTY_SOURCE\": {\"exemption\": \"Our ground for reports from other bodies\"}}");
        assertThat(process(
                        folder.toString(),
                        "--out",
                        tmp.resolve("out").toString(),
                        "--reason-wording",
                        wording.toString()))
                .as(err.toString())
                .isZero();

        Map<String, JsonNode> byFile = documentsByFile(tmp.resolve("out"));
        JsonNode redactions = byFile.get("documents/visit.pdf").get("redactions");
        List<String> texts = new java.util.ArrayList<>();
        redactions.forEach(r -> texts.add(r.get("text").asString()));
        assertThat(texts).contains("Donna Morris", "07700 900123").doesNotContain("Jordan");
        JsonNode mother = redactions
                .valueStream()
                .filter(r -> r.get("text").asString().equals("Donna Morris"))
                .findFirst()
                .orElseThrow();
        assertThat(mother.get("page").asInt()).isEqualTo(2);
        assertThat(mother.get("type").asString()).isEqualTo("PERSON");
        assertThat(mother.get("reason").asString()).isEqualTo("THIRD_PARTY_NAME");
        assertThat(mother.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(mother.get("recognizer").asString()).isNotBlank();
        assertThat(mother.get("explanation").asString()).isNotBlank();
        assertThat(mother.get("end").asInt() - mother.get("start").asInt()).isEqualTo("Donna Morris".length());
        assertThat(byFile.get("documents/police.pdf").get("disposition").asString())
                .isEqualTo("WITHHOLD");
        assertThat(byFile.get("documents/police.pdf")
                        .get("redactions")
                        .valueStream()
                        .map(r -> r.get("text").asString()))
                .as("a withheld document's proposals wait in case an officer decides to disclose it")
                .contains("Donna Morris");
        Path bundle = tmp.resolve("out/bundle.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bundle.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("Jordan told me that his mum", "TP", "TPC", "came from the police")
                    .doesNotContain("Donna", "Morris", "07700", "Public Protection Unit");
        }
        assertThat(java.nio.file.Files.readString(tmp.resolve("out/redaction-log.csv")))
                .contains("documents/visit.pdf", "documents/police.pdf", "THIRD_PARTY_SOURCE", "VERIFIED_CLEAN")
                .as("the council's own citation, from --reason-wording")
                .contains("THIRD_PARTY_SOURCE,Our ground for reports from other bodies,");
    }

    @Test
    void theDocumentSizeLimitIsASetting() throws Exception {
        Path folder = aCaseFolder(tmp.resolve("big"))
                .document("documents/big.txt", "Case Note\n" + "I visited Jordan. ".repeat(70_000))
                .document("documents/small.txt", "Case Note\nI visited Jordan. Jordan was seen alone.")
                .build();

        int exit = process(folder.toString(), "--out", tmp.resolve("big-out").toString(), "--max-document-mb", "1");

        assertThat(exit).as(err.toString()).isZero();
        Map<String, JsonNode> byFile = documentsByFile(tmp.resolve("big-out"));
        assertDecision(byFile, "documents/big.txt", "REVIEW", "TOO_LARGE");
        assertDecision(byFile, "documents/small.txt", "DISCLOSE", "CASE_NOTE");
    }

    @Test
    void aZippedCaseGivesTheSameDecisions() throws Exception {
        Path zip = CaseFolderBuilder.zip(sampleCase(), tmp.resolve("case.zip"), "SAR-TEST-1/");

        int exit = process(zip.toString(), "--out", tmp.resolve("zip-out").toString());

        assertThat(exit).as(err.toString()).isZero();
        Map<String, JsonNode> byFile = documentsByFile(tmp.resolve("zip-out"));
        assertThat(byFile).containsKeys("documents/police.pdf", "documents/2019/case-note-copy.pdf");
        assertDecision(byFile, "documents/police.pdf", "WITHHOLD", "THIRD_PARTY_SOURCE");
        assertDecision(byFile, "documents/2019/case-note-copy.pdf", "REMOVE", "DUPLICATE");
    }

    @Test
    void aCaseThatCannotBeReadExitsNonZeroWithOneLine() throws Exception {
        Path notACase = Files.createDirectories(tmp.resolve("not-a-case"));

        int exit = process(notACase.toString(), "--out", tmp.resolve("out").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).hasLineCount(1).contains("no case.json");
        assertThat(tmp.resolve("out/report.json")).doesNotExist();
    }

    @Test
    void badArgumentsExitWithUsage() {
        assertThat(process("--out", "x")).isEqualTo(2);
        assertThat(process("case")).isEqualTo(2);
        assertThat(process("case", "--out", "x", "--threads", "none")).isEqualTo(2);
        assertThat(process("case", "--out", "x", "--max-document-mb", "0")).isEqualTo(2);
        assertThat(process("case", "--out", "x", "--bogus")).isEqualTo(2);
        assertThat(process(
                        "case",
                        "--out",
                        "x",
                        "--policy",
                        tmp.resolve("missing.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("usage: bin/opensar process");
    }
}
