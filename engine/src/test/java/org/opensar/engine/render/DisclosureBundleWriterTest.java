package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.render.BundleFixtures.AT;
import static org.opensar.engine.render.BundleFixtures.document;
import static org.opensar.engine.render.BundleFixtures.inMemory;
import static org.opensar.engine.render.BundleFixtures.redaction;
import static org.opensar.engine.render.BundleFixtures.requestFor;
import static org.opensar.engine.render.BundleFixtures.text;
import static org.opensar.engine.render.BundleFixtures.withRedactions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

class DisclosureBundleWriterTest {

    private static final String NOTE = "Home visit. Jordan was pleased to see the IRO. Zoë Müller-Brontë (foster"
            + " carer) says Jordan is settled.\nJane Doe rang on 07700 900123 about the section 20 agreement."
            + "\nLater Jane Doe called again.";
    private static final String NHS = "Coventry and Warwickshire NHS Trust. The paediatrician examined Jordan on"
            + " the ward and recorded bruising to the left forearm consistent with the account of the nursery";

    @TempDir
    Path dir;

    @Test
    void disclosesTheRecordWithBoxesAndNoTraceOfTheRedactedText() throws Exception {
        Map<String, String> texts = Map.of("note.txt", NOTE, "nhs.txt", NHS, "review.txt", "Letter from nan");
        List<BundleDocument> documents = List.of(
                document("note.txt", "Case note", Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, "")),
                document(
                        "nhs.txt",
                        "Discharge summary",
                        Decision.of(
                                ReasonCode.THIRD_PARTY_SOURCE,
                                List.of(new Evidence(Evidence.Kind.LETTERHEAD, "NHS Trust")),
                                0.9,
                                "from the NHS")),
                document(
                        "review.txt", "Letter from nan", Decision.of(ReasonCode.NON_PROFESSIONAL, List.of(), 0.5, "")));
        int first = NOTE.indexOf("Jane Doe");
        int phone = NOTE.indexOf("07700 900123");
        documents = List.of(
                withRedactions(
                        documents.get(0),
                        List.of(
                                redaction("Jane Doe", first, PersonalDataType.PERSON, RedactionReason.THIRD_PARTY_NAME),
                                redaction(
                                        "07700 900123",
                                        phone,
                                        PersonalDataType.PHONE,
                                        RedactionReason.THIRD_PARTY_CONTACT_DETAILS))),
                documents.get(1),
                documents.get(2));
        BundleRequest request = new BundleRequest(
                new CaseDescription(
                        "SAR-2026-0042",
                        new org.opensar.engine.casefile.DataSubject("Jordan Ellis", List.of(), null),
                        List.of(),
                        List.of()),
                documents,
                CoveringLetter.defaults(),
                LocalDate.of(2026, 11, 23));

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(texts)).write(request, dir);

        assertThat(outcome.verification().findings()).isEmpty();
        String text = text(outcome.bundle());
        assertThat(text)
                .contains("Jordan was pleased to see the IRO", "Zoë Müller-Brontë", "TP", "TPC")
                .contains("Page 1 of " + outcome.rendered().pages(), "SAR-2026-0042")
                .contains("Independent Reviewing Officer", "Section 20")
                .doesNotContain("Care order")
                .contains("1 document came from the NHS", "awaiting review", "Letter from nan")
                .contains("rectification", "erasure", "restriction", "objection", "Information Commissioner")
                .doesNotContain("Jane", "Doe", "07700", "900123", "paediatrician");
        String raw = new String(Files.readAllBytes(outcome.bundle()), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Jane", "07700");
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            assertThat(pdf.getDocumentInformation().getCOSObject().keySet()).containsExactly(COSName.TITLE);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(outcome.rendered().index())
                    .singleElement()
                    .satisfies(entry ->
                            assertThat(pdfPageText(pdf, entry.firstPage())).contains("Case note", "Home visit"));
        }
        List<String> log = Files.readAllLines(outcome.log());
        assertThat(log.get(0)).startsWith("document,page,type,code,reason code,exemption,decided by,decided at");
        assertThat(log).filteredOn(l -> l.startsWith("note.txt,7,")).hasSize(4);
        assertThat(log)
                .contains("note.txt,7,completeness,,COMPLETE,,opensar verifier,2026-11-23,\"the bundle holds all"
                        + " of the approved text (100.0%), in order\"");
        assertThat(log).anyMatch(l -> l.startsWith("nhs.txt") && l.contains("THIRD_PARTY_SOURCE"));
        assertThat(log).anyMatch(l -> l.contains("VERIFIED_CLEAN"));
    }

    @ParameterizedTest
    @EnumSource(HostilePdf.class)
    void aHostileSourceDocumentComesOutClean(HostilePdf hostile) throws Exception {
        String secret = "Marguerite Okonkwo-Hale";
        Path source = Files.write(
                dir.resolve("source.pdf"), hostile.build("Contact with Marguerite Okonkwo-Hale went well.", secret));
        CaseDocument document = new CaseDocument("source.pdf", source, Files.size(source), DocumentMetadata.NONE);
        TikaTextExtractor tika = new TikaTextExtractor(ExtractionSettings.DEFAULT);
        String extracted = tika.extract(document).fullText();
        int at = extracted.indexOf(secret);
        List<ApprovedRedaction> redactions = at < 0
                ? List.of(redaction(secret, 0, PersonalDataType.PERSON, RedactionReason.THIRD_PARTY_NAME))
                : List.of(redaction(secret, at, PersonalDataType.PERSON, RedactionReason.THIRD_PARTY_NAME));
        BundleRequest request = requestFor(new BundleDocument(
                document,
                "Contact record",
                Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, ""),
                "officer",
                AT,
                redactions));

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(tika).write(request, dir.resolve("out"));

        if (hostile == HostilePdf.EARLIER_REVISION) {
            // its last revision has no text left to read: a document to disclose that is not in the bundle
            assertThat(outcome.verification().findings())
                    .containsExactly("source.pdf is not complete in the bundle (0.0% of its approved words): it is"
                            + " not in the bundle (it could not be read again)");
            return;
        }
        assertThat(outcome.verification().findings()).as(hostile.name()).isEmpty();
        String text = text(outcome.bundle());
        assertThat(text).doesNotContainIgnoringCase("Marguerite").doesNotContainIgnoringCase("Okonkwo");
        if (hostile != HostilePdf.ROTATED_PAGE) {
            assertThat(text).contains("Contact with", "went well");
        }
    }

    @Test
    void aDocumentToDiscloseThatCannotBeReadAgainStopsTheReleaseAndTheLogSaysSo() throws Exception {
        BundleDocument note = document("note.txt", "Case note", Decision.of(ReasonCode.CASE_NOTE, List.of(), 1, ""));
        BundleRequest request = requestFor(note);
        TextExtractor failing = d -> ExtractedDocument.failed(d.file(), ExtractionOutcome.CORRUPT, "bad xref");

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(failing).write(request, dir);

        assertThat(outcome.rendered().index()).isEmpty();
        assertThat(outcome.bundle()).doesNotExist();
        assertThat(outcome.verification().findings()).singleElement().asString().startsWith("note.txt is not complete");
        assertThat(Files.readString(outcome.log()))
                .contains("note.txt,,whole document: not rendered", "CORRUPT", "note.txt,,completeness,,INCOMPLETE");
    }

    /** The statutory-visit form every visit note is written on: its headings are common to the whole case. */
    private static final String VISIT_FORM = "Statutory visit record. Purpose of the visit and who was seen alone."
            + " Child's wishes and feelings in their own words. Observations of the home and the placement."
            + " Analysis of risk and protective factors. Actions agreed and by whom. ";

    @Test
    void formWordingSharedWithDisclosedSiblingsIsNotTakenForALeakOfAWithheldNote() throws Exception {
        Map<String, String> texts = Map.of(
                "visit-1.txt", VISIT_FORM + "Jordan showed me the new bike and talked about football practice.",
                "visit-2.txt", VISIT_FORM + "Jordan was tired after school but keen to talk about the trip to Wales.",
                "visit-3.txt", VISIT_FORM + "The officer withheld this visit because of an ongoing police matter.");
        Decision disclose = Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, "");
        Decision withhold = Decision.of(ReasonCode.ADMIN, List.of(), 1, "officer");
        BundleRequest request = requestFor(
                document("visit-1.txt", "Visit 1", disclose),
                document("visit-2.txt", "Visit 2", disclose),
                document("visit-3.txt", "Visit 3", withhold));

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(texts)).write(request, dir);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(text(outcome.bundle())).doesNotContain("ongoing police matter");
    }

    @Test
    void aDisclosedDocumentQuotingAWithheldOneIsRefusedBeforeAnythingIsRendered() throws Exception {
        Map<String, String> texts = Map.of(
                "chronology.txt",
                "Chronology. 4 March: " + NHS + ". 5 March: strategy discussion held.",
                "nhs.txt",
                NHS);
        BundleRequest request = requestFor(
                document("chronology.txt", "Chronology", Decision.of(ReasonCode.CHRONOLOGY, List.of(), 0.9, "")),
                document("nhs.txt", "Discharge summary", FROM_A_THIRD_PARTY));

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(texts)).write(request, dir);

        assertThat(outcome.verification().findings())
                .singleElement()
                .asString()
                .startsWith("chronology.txt is to be disclosed but holds the text of withheld document nhs.txt (")
                .endsWith("give the two the same decision, or redact what they share");
        assertThat(outcome.bundle()).doesNotExist();
        assertThat(outcome.rendered().pages()).isZero();
        assertThat(Files.readString(outcome.log())).contains("nhs.txt");
    }

    @Test
    void aWithheldTextSpreadOverSeveralDocumentsIsRefusedNamingWhereMostOfItIs() throws Exception {
        java.util.Random random = new java.util.Random(5);
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int p = 0; p < 8; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                paragraph.append('w').append(random.nextInt(5_000)).append(' ');
            }
            paragraphs.add(paragraph.toString());
        }
        Map<String, String> texts = Map.of(
                "report.txt",
                String.join("\n", paragraphs),
                "note-1.txt",
                "Case note about the visit. " + paragraphs.get(0),
                "note-2.txt",
                "Case note about the review. " + paragraphs.get(1),
                "note-3.txt",
                "Case note about contact. " + paragraphs.get(2),
                "note-4.txt",
                "Case note about school. Nothing from the report here.");
        Decision disclose = Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, "");
        BundleRequest request = requestFor(
                document("note-1.txt", "Note 1", disclose),
                document("note-2.txt", "Note 2", disclose),
                document("note-3.txt", "Note 3", disclose),
                document("note-4.txt", "Note 4", disclose),
                document("report.txt", "Psychology report", FROM_A_THIRD_PARTY));

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(texts)).write(request, dir);

        assertThat(outcome.verification().findings())
                .as("each note holds an eighth of the report, under the quarter one document must hold; together three")
                .singleElement()
                .asString()
                .startsWith("the text of withheld document report.txt is spread over 3 documents to disclose (")
                .contains("note-1.txt", "note-2.txt", "note-3.txt")
                .doesNotContain("note-4.txt");
        assertThat(outcome.rendered().pages()).isZero();
    }

    @Test
    void whenNothingIsHeldTheBundleSaysSo() throws Exception {
        BundleRequest request = requestFor();

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(Map.of())).write(request, dir);

        assertThat(outcome.verification().clean()).isTrue();
        assertThat(text(outcome.bundle()).replaceAll("\\s+", " "))
                .contains("we hold no personal information about you", "There are no documents in this bundle")
                .contains("Information Commissioner");
    }

    private static final Decision FROM_A_THIRD_PARTY = Decision.of(ReasonCode.THIRD_PARTY_SOURCE, List.of(), 0.9, "");

    private static String pdfPageText(PDDocument pdf, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
