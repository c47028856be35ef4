package org.opensar.engine.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.casefile.CaseFolderBuilder.aCaseFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.cli.ProcessCommand;
import org.opensar.engine.extract.DocumentFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing leaks from what the bundle prints besides a document's text: third parties named in the records system's
 * titles, authors and sources, in a file's own hidden Title, in e-mail headers, in the titles of documents awaiting
 * review, or only in the people register, are found like names in text and never printed.
 */
class PrintedMetadataTest {

    private static final String VISIT = """
            Case Note
            I visited Jordan at the placement after school. Jordan showed me drawings from art club and said
            the new teacher is kind. We talked about contact next week. Jordan was seen alone in the bedroom.""";
    private static final String REVIEW_VISIT = """
            Case Note
            Jordan was seen at school with the designated teacher. We talked about the trip to the museum and
            Jordan said maths is hard but getting better. Next visit in four weeks; I will ask about swimming.""";
    private static final String FRIDAY_VISIT = """
            Case Note
            Jordan was at the foster home after a busy week. We made a plan for the summer holidays and talked
            about the football team. Jordan asked when the next review is and I said in March.""";
    private static final String EMAIL_VISIT = """
            I saw Jordan at the contact centre today. Jordan enjoyed the session and asked for photographs of
            the baby. We talked about the new school. I will write up the contact record tomorrow.""";
    private static final String FAMILY_LETTER = """
            Dear social worker,
            I am writing as Jordan's aunt. I want you to know that our family loves Jordan very much and we would
            like to see more of him at weekends. Please call me.""";

    @TempDir
    static Path tmp;

    private static JsonNode report;
    private static String bundle;

    @BeforeAll
    static void processACaseWithNamesInItsMetadata() throws IOException {
        Path caseDir = aCaseFolder(tmp.resolve("case"))
                .caseJson("""
                        {"reference": "SAR-TEST-2", "subject": {"name": "Jordan Ellis"},
                         "people": [{"name": "Marek Pryce", "relationship": "uncle", "category": "FAMILY"}]}""")
                .documentsJson("""
                        [{"file": "documents/visit.txt", "date": "2019-03-04",
                          "title": "Home visit - concerns raised by Philippa Drummond-Achterberg",
                          "author": "Cornelius Wetherspoon-Hale (neighbour)",
                          "source": "Telephone call from Octavia Fennimore-Blythe, 12 Ferndale Road"},
                         {"file": "documents/school.txt", "date": "2019-03-05", "author": "Marek Pryce"},
                         {"file": "documents/friday.pdf", "date": "2019-03-08"},
                         {"file": "documents/contact.eml", "date": "2019-03-09"},
                         {"file": "documents/aunt.txt", "date": "2019-03-10",
                          "title": "Note naming Thaddeus Grimsby-Ward"}]""")
                .document("documents/visit.txt", VISIT)
                .document("documents/school.txt", REVIEW_VISIT)
                .document("documents/friday.pdf", pdfTitled("Letter about Bartholomew Quennell-Fitch", FRIDAY_VISIT))
                .document(
                        "documents/contact.eml",
                        DocumentFixtures.eml(
                                "Ignatius Featherstonehaugh <ignatius@example.org>", "Contact record", EMAIL_VISIT))
                .document("documents/aunt.txt", FAMILY_LETTER)
                .build();
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ProcessCommand()
                .run(
                        List.of(caseDir.toString(), "--out", out.toString()),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        report =
                JsonMapper.builder().build().readTree(out.resolve("report.json").toFile());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("bundle.pdf").toFile())) {
            bundle = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theDocumentsAreDisclosedOrAwaitReviewAsTheTestNeeds() {
        assertThat(dispositions())
                .containsEntry("documents/visit.txt", "DISCLOSE")
                .containsEntry("documents/school.txt", "DISCLOSE")
                .containsEntry("documents/friday.pdf", "DISCLOSE")
                .containsEntry("documents/contact.eml", "DISCLOSE")
                .containsEntry("documents/aunt.txt", "REVIEW");
        assertThat(report.get("bundle").get("verified").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "Philippa, the records system's title",
        "Drummond, the records system's title",
        "Achterberg, the records system's title",
        "Cornelius, the records system's author",
        "Wetherspoon, the records system's author",
        "Octavia, the records system's source",
        "Fennimore, the records system's source",
        "Ferndale, the address in the records system's source",
        "Pryce, an author only the people register names",
        "Bartholomew, a PDF's own Title",
        "Quennell, a PDF's own Title",
        "Ignatius, an e-mail's From header",
        "Featherstonehaugh, an e-mail's From header",
        "Thaddeus, the title of a document awaiting review",
        "Grimsby, the title of a document awaiting review"
    })
    void aThirdPartyNamedInWhatTheBundlePrintsIsNotInIt(String name, String where) {
        assertThat(bundle).as(where).doesNotContainIgnoringCase(name);
    }

    @Test
    void theBundleStillShowsTheRestOfWhatItPrintsAndTheOfficerSeesTheProposals() {
        assertThat(bundle)
                .contains("Home visit - concerns raised by [TP]", "Source: Telephone call from [TP], [TPA]")
                .contains("Contact record", "Note naming [TP]", "showed me drawings");
        List<String> parts = new ArrayList<>();
        report.get("documents")
                .forEach(d -> d.get("redactions")
                        .forEach(r -> parts.add(
                                r.get("part").asString() + ": " + r.get("text").asString())));
        assertThat(parts)
                .contains(
                        "TITLE: Philippa Drummond-Achterberg",
                        "AUTHOR: Cornelius Wetherspoon-Hale",
                        "SOURCE: Octavia Fennimore-Blythe",
                        "TITLE: Thaddeus Grimsby-Ward");
    }

    private static Map<String, String> dispositions() {
        Map<String, String> byFile = new HashMap<>();
        report.get("documents")
                .forEach(d -> byFile.put(
                        d.get("file").asString(), d.get("disposition").asString()));
        return byFile;
    }

    /** A one-page PDF whose Info dictionary has a Title, as a word processor writes it. */
    private static byte[] pdfTitled(String title, String text) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.setLeading(14);
                s.beginText();
                s.newLineAtOffset(72, 720);
                for (String line : text.split("\n")) {
                    s.showText(line);
                    s.newLine();
                }
                s.endText();
            }
            pdf.getDocumentInformation().setTitle(title);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
