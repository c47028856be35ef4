package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.policy.ReasonCode.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;

class PolicyClassifierTest {

    private static final PolicyClassifier CLASSIFIER = new PolicyClassifier(DisclosurePolicy.careLeaver());

    static Decision classify(String text) {
        return classify(text, DocumentMetadata.NONE);
    }

    static Decision classify(String text, DocumentMetadata metadata) {
        return CLASSIFIER.classify(
                new ExtractedDocument("documents/doc.pdf", List.of(text), Map.of(), ExtractionOutcome.EXTRACTED, ""),
                metadata);
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                // third-party sources: positive
                Arguments.of("police letterhead", """
                        West Midlands Police
                        Public Protection Unit
                        Notification of incident
                        Officers attended the address following a call.""", THIRD_PARTY_SOURCE),
                Arguments.of("NHS letter", """
                        Sandwell and West Birmingham NHS Trust
                        Paediatric Department
                        Clinic letter regarding Jordan.""", THIRD_PARTY_SOURCE),
                Arguments.of("psychological report", """
                        Psychological Assessment
                        Prepared by Dr A Example, Chartered Clinical Psychologist
                        Jordan completed psychometric tests.""", THIRD_PARTY_SOURCE),
                Arguments.of("independent social worker", """
                        Independent Social Work Assessment
                        Report of an independent social worker instructed by the local authority.""", THIRD_PARTY_SOURCE),
                Arguments.of("school report social care took no part in", """
                        Oakfield Primary School
                        End of Year Report
                        Jordan has made good progress in reading this year.""", THIRD_PARTY_SOURCE),
                // third-party: negatives
                Arguments.of("school meeting the social worker attended", """
                        Oakfield Primary School
                        Meeting Notes
                        Attendees: class teacher, head teacher. The social worker attended.
                        Actions agreed: extra reading support.""", MEETING_NOTES),
                Arguments.of("school letter that contacted social care", """
                        Oakfield Primary School
                        Dear Ms Example,
                        We contacted children's services today because Jordan came to school upset and hungry.
                        Yours sincerely""", CORRESPONDENCE),
                Arguments.of("case note that mentions the police", """
                        Case Note
                        I visited Jordan at home. Jordan told me the police had been called to a neighbour.
                        Jordan was seen alone.""", CASE_NOTE),
                Arguments.of("case note whose first line mentions the NHS", """
                        Case Note
                        Jordan went to the NHS walk-in centre with the carer today after a fall at school.
                        I visited later and Jordan was seen alone.""", CASE_NOTE),
                // court
                Arguments.of("court order", """
                        IN THE FAMILY COURT AT BIRMINGHAM
                        Case number BM19C00001
                        Interim Care Order
                        The court orders that the child be placed in the care of the local authority.""", COURT),
                Arguments.of("social work statement for the court", """
                        Social Work Evidence Template
                        In the matter of the Children Act 1989
                        I believe that the facts stated in this statement are true.""", COURT),
                Arguments.of("case note about a court hearing", """
                        Case Note
                        I visited Jordan to explain what happened at court today. Jordan asked questions.
                        Jordan was seen alone.""", CASE_NOTE),
                Arguments.of("case note that talks about court", """
                        Case Note
                        I visited Jordan to explain the care proceedings and that I will write a statement for
                        the court. Jordan asked what the judge would decide. Jordan was seen alone.""", CASE_NOTE),
                Arguments.of("final care plan written for the court", """
                        Final Care Plan
                        In the Family Court at Coventry. Case number CV19C00042.
                        The local authority's plan for Jordan is long-term foster care.""", COURT),
                // financial
                Arguments.of("invoice", """
                        Invoice
                        Invoice number 4411. Placement costs for March: weekly fee 950.00, VAT 0.00.
                        Cost centre 1234.""", FINANCIAL),
                Arguments.of("pathway plan mentioning a grant", """
                        Pathway Plan
                        Jordan will apply for the setting up home grant when a flat is found.
                        Recommendations: support with budgeting.""", ASSESSMENT_OR_PLAN),
                // admin
                Arguments.of("placement information record", """
                        Placement Information Record
                        For office use only
                        New address and carer details to update the record.""", ADMIN),
                Arguments.of("case note referring to the PIR form", """
                        Case Note
                        I visited Jordan at the new placement and we talked about how the move went.
                        Jordan was seen alone and said they like their room.""", CASE_NOTE),
                // non-professionals
                Arguments.of("letter from mum", """
                        To whoever is reading this,
                        I am his mother and I want you to know he was always a good boy.
                        Love, Mum""", NON_PROFESSIONAL),
                Arguments.of("social worker recording what mum said", """
                        Case Note
                        I visited the family home. Mum said that Jordan had settled well.
                        Jordan was seen alone.""", CASE_NOTE),
                // carer logs
                Arguments.of("log with nothing of substance", """
                        Foster Carer Daily Log
                        Mon 04/03/2019: No issues.
                        Tue 05/03/2019: Went to school as normal.
                        Wed 06/03/2019 - Jordan went to school as normal. Settled evening.
                        07/03/2019 Nothing to report.""", NOT_MEANINGFUL),
                Arguments.of("short but meaningful: excluded", """
                        Foster Carer Daily Log
                        Mon 04/03/2019: No issues.
                        Tue 05/03/2019: Was excluded from school for two days.""", PLACEMENT_RECORD),
                Arguments.of("short but meaningful: disclosed", """
                        Foster Carer Daily Log
                        04/03/2019: Went to school as normal.
                        05/03/2019: Disclosed that she was hit.""", PLACEMENT_RECORD),
                Arguments.of("short but meaningful: an outing", """
                        Placement Diary
                        04/03/2019: Went to the cinema with friends, laughed a lot.""", PLACEMENT_RECORD),
                Arguments.of("police letter filed as a carer's log", """
                        Foster Carer Daily Log
                        West Midlands Police
                        04/03/2019: Police returned Jordan home after he was reported missing.
                        Crime reference 20/1234/19. Officer in the case PC 1234.""", THIRD_PARTY_SOURCE),
                Arguments.of("carer's log quoting police information goes to an officer", """
                        Foster Carer Log
                        Daily recording
                        04/03/2019: Police returned Jordan home after he was reported missing.
                        Crime reference number 20/1234/19.""", UNCERTAIN),
                // keep reasons
                Arguments.of("review minutes", """
                        Child in Care Review
                        Independent Reviewing Officer: A Example
                        Jordan's views were shared.""", REVIEW_MINUTES),
                Arguments.of("chronology", """
                        Chronology
                        2012: Jordan came into care. 2015: moved to a long-term placement.""", CHRONOLOGY),
                Arguments.of("pathway plan", """
                        Pathway Plan
                        Jordan wants to go to college. Analysis: Jordan is doing well.""", ASSESSMENT_OR_PLAN),
                Arguments.of("letter from the council", """
                        Coventry City Council
                        Children's Services
                        Dear Jordan,
                        We are writing about your pathway planning meeting.
                        Yours sincerely""", CORRESPONDENCE),
                // the title on the same line as the form's first fields, after a wide gap
                Arguments.of("title run into fields", """
                        PATHWAY PLAN    Young person: Jordan Example    Age: 17    Review date: 3 May 2019
                        Accommodation: Jordan wishes to move to supported lodgings by the summer.
                        Education: Jordan will start college in September.""", ASSESSMENT_OR_PLAN),
                // an abbreviation's full stop in a heading makes no sentence of it
                Arguments.of("heading with a date of birth", """
                        CHRONOLOGY OF INVOLVEMENT - Jordan Example (b. 03/08/2000)    File 12
                        03/02/2010    Police    Concern for welfare. Final hearing listed.
                        05/02/2010    Court    Care order made.""", CHRONOLOGY),
                // a form's number before its title, and a form exported as a table
                Arguments.of("numbered form as a table", """
                        Example Council - FORM LAC2: PLACEMENT DETAILS
                        Full name | Jordan Example
                        Delegated authority | haircut, school trips
                        Signed (social worker): A Worker""", ADMIN),
                // a diary known by its shape, kept day by day, in words no list has
                Arguments.of("routine diary", """
                        Jordan - our notes
                        12/05/2018 Up at 7, toast, taxi to school on time. Pasta for tea.
                        13/05/2018 Lie-in, went to the shops for milk. Pleasant.
                        14/05/2018 Shower, clean pyjamas, slept through.""", NOT_MEANINGFUL),
                Arguments.of("diary with substance", """
                        Jordan - our notes
                        12/05/2018 Up at 7, toast, taxi to school on time. Pasta for tea.
                        13/05/2018 Told me his uncle had hit him. Emailed his social worker.
                        14/05/2018 Shower, clean pyjamas, slept through.""", PLACEMENT_RECORD),
                // nothing recognisable
                Arguments.of("no signals at all", "Lorem ipsum dolor sit amet.", UNCERTAIN));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("documents")
    void classifiesByContent(String description, String text, ReasonCode expected) {
        Decision decision = classify(text);

        assertThat(decision.reason()).as(decision.evidence().toString()).isEqualTo(expected);
        assertThat(decision.disposition()).isEqualTo(expected.disposition());
        assertThat(decision.explanation()).isNotBlank().doesNotContain("{evidence}");
        assertThat(decision.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void evidenceSaysWhatWasFound() {
        Decision police = classify("West Midlands Police\nNotification\nOfficers attended.");
        Decision court = classify("Position statement\nIn the Family Court at Coventry\n");
        Decision admin = classify("Placement Information Record\nAddress: 1 Example Road");

        assertThat(police.evidence()).extracting(Evidence::toString).contains("letterhead: West Midlands Police");
        assertThat(court.evidence()).extracting(Evidence::toString).contains("phrase: 'in the Family Court at'");
        assertThat(admin.evidence()).extracting(Evidence::toString).contains("title: Placement Information Record");
        assertThat(police.explanation()).contains("West Midlands Police");
    }

    @Test
    void misleadingMetadataDoesNotOverrideContent() {
        DocumentMetadata uploadTitle = new DocumentMetadata("Document upload", "Case note", null, null, null);
        DocumentMetadata wrongType = new DocumentMetadata("Police report", "Police Report", null, null, "Police");

        assertThat(classify("West Midlands Police\nCrime report\nOfficers attended.", uploadTitle)
                        .reason())
                .isEqualTo(THIRD_PARTY_SOURCE);
        Decision caseNote = classify(
                "Case Note\nI visited Jordan at home and we did direct work. Jordan was seen alone.", wrongType);
        assertThat(caseNote.reason()).isEqualTo(CASE_NOTE);
        assertThat(caseNote.confidence()).isLessThan(1.0);
    }

    @Test
    void metadataAloneCannotWithholdButCountsAsEvidence() {
        DocumentMetadata police = new DocumentMetadata("Police report", null, null, null, null);

        Decision decision = classify("Some text with nothing recognisable in it.", police);

        assertThat(decision.reason()).isEqualTo(UNCERTAIN);
        assertThat(decision.evidence()).extracting(Evidence::toString).anyMatch(e -> e.contains("Police report"));
    }

    @Test
    void conflictingEvidenceGoesToReviewNotDisclosure() {
        Decision decision =
                classify("Case Note\nPolice\nCrime reference 1234. I visited Jordan. Chartered Psychologist present.");

        assertThat(decision.disposition()).isIn(Disposition.REVIEW, Disposition.WITHHOLD);
    }

    @ParameterizedTest
    @EnumSource(
            value = ExtractionOutcome.class,
            names = {"EXTRACTED", "OCR_APPLIED"},
            mode = EnumSource.Mode.EXCLUDE)
    void unreadableDocumentsGoToReviewWithTheirOwnReason(ExtractionOutcome outcome) {
        Decision decision = CLASSIFIER.classify(
                ExtractedDocument.failed("documents/x.pdf", outcome, "detail"), DocumentMetadata.NONE);

        assertThat(decision.disposition()).isEqualTo(Disposition.REVIEW);
        assertThat(decision.reason().name()).isEqualTo(outcome.name());
    }

    @Test
    void aScannedPoliceLetterWithOnlyItsTitleReadIsNotDisclosed() {
        Decision decision = CLASSIFIER.classify(
                new ExtractedDocument(
                        "documents/x.pdf",
                        List.of("Case Note\nI visited Jordan."),
                        Map.of(),
                        ExtractionOutcome.NEEDS_OCR,
                        "scanned pages without text: [2]"),
                DocumentMetadata.NONE);

        assertThat(decision.reason()).isEqualTo(NEEDS_OCR);
    }
}
