package org.opensar.engine.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.casefile.CaseFolderBuilder.aCaseFolder;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.duplicates.AligningDuplicateFinder;
import org.opensar.engine.duplicates.DuplicateSettings;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.DocumentClassifier;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.PolicyClassifier;
import org.opensar.engine.policy.ReasonCode;

class CasePipelineTest {

    private static final String POLICE_LETTER = """
            West Midlands Police
            Public Protection Unit
            Officers attended the address on 4 March following a call from a neighbour about shouting.
            The child was spoken to and appeared safe. Information shared with children's services under
            the domestic abuse notification process. Crime reference 20/1234/19. The adults at the address
            gave accounts that differed and both were advised about support services available locally. No
            arrests were made at the time and the matter was recorded as a non-crime domestic incident. A
            follow-up visit by the neighbourhood team was arranged for the following week to check on the
            household, and the school nurse was informed by letter so that the child could be offered a
            quiet space to talk during the school day if that would help. The risk assessment completed at
            the scene was graded as standard. Contact the Public Protection Unit for further detail.""";

    private static final String CASE_NOTE_HEADER = """
            Case Note
            Recorded by: duty social worker
            Type: information received
            Team: leaving care
            The following was received today and is copied here:
            ---
            """;

    @TempDir
    Path tmp;

    private List<DocumentReport> reports(DocumentClassifier classifier) {
        Path folder = aCaseFolder(tmp.resolve("case"))
                .document("documents/a-case-note-upload.txt", CASE_NOTE_HEADER + POLICE_LETTER)
                .document("documents/b-police.txt", POLICE_LETTER)
                .build();
        return reports(classifier, folder);
    }

    private static List<DocumentReport> reports(DocumentClassifier classifier, Path folder) {
        DisclosurePolicy policy = DisclosurePolicy.careLeaver();
        CasePipeline pipeline = new CasePipeline(
                new DocumentProcessor(
                        new TikaTextExtractor(ExtractionSettings.DEFAULT.withOcrCommand("no-ocr")),
                        classifier,
                        policy,
                        RedactionStage.NONE),
                new AligningDuplicateFinder(DuplicateSettings.DEFAULT),
                new DuplicateMarker(policy),
                new SharedTextMarker(policy),
                2);
        try (CaseFile caseFile = new CaseFileReader().open(folder)) {
            return pipeline.process(caseFile, new PrintStream(OutputStream.nullOutputStream()))
                    .documents();
        }
    }

    private Map<String, DocumentReport> run(DocumentClassifier classifier) {
        return reports(classifier).stream().collect(Collectors.toMap(DocumentReport::file, Function.identity()));
    }

    @Test
    void aDocumentToDiscloseThatQuotesAWithheldOneGoesToAnOfficer() {
        Random random = new Random(3);
        StringBuilder ownWords = new StringBuilder("Case note. ");
        for (int w = 0; w < 400; w++) {
            ownWords.append('w').append(random.nextInt(5_000)).append(' ');
        }
        DocumentClassifier byName = (document, metadata, people) -> Decision.of(
                document.file().contains("police") ? ReasonCode.THIRD_PARTY_SOURCE : ReasonCode.CASE_NOTE,
                List.of(new Evidence(Evidence.Kind.TITLE, "test")),
                0.9,
                "");
        Path folder = aCaseFolder(tmp.resolve("quoting"))
                .document("documents/b-police.txt", POLICE_LETTER)
                .document("documents/c-note.txt", ownWords + "\nThe police wrote:\n" + POLICE_LETTER)
                .document("documents/d-note.txt", ownWords.toString().replace('w', 'v') + CASE_NOTE_HEADER)
                .build();

        Map<String, DocumentReport> reports =
                reports(byName, folder).stream().collect(Collectors.toMap(DocumentReport::file, Function.identity()));

        assertThat(reports.get("documents/b-police.txt").disposition()).isEqualTo(Disposition.WITHHOLD);
        DocumentReport quoting = reports.get("documents/c-note.txt");
        assertThat(quoting.reason()).isEqualTo(ReasonCode.UNCERTAIN);
        assertThat(quoting.duplicateOf()).isNull();
        assertThat(quoting.evidence())
                .first()
                .asString()
                .startsWith("shared text: holds ")
                .endsWith("sampled passages of withheld document documents/b-police.txt");
        assertThat(quoting.evidence()).contains("candidate: decided before: case note");
        assertThat(reports.get("documents/d-note.txt").reason()).isEqualTo(ReasonCode.CASE_NOTE);
    }

    @Test
    void ofTwoCopiesTheOneWithTheMostProtectiveDecisionIsKept() {
        Path folder = aCaseFolder(tmp.resolve("copies"))
                .document(
                        "documents/a-printed.txt",
                        "Printed 04/03/2020 by LCS user 3002\n" + POLICE_LETTER + "\nPage 1 of 1")
                .document("documents/b-police.txt", POLICE_LETTER)
                .build();

        Map<String, DocumentReport> reports =
                reports(new PolicyClassifier(DisclosurePolicy.careLeaver()), folder).stream()
                        .collect(Collectors.toMap(DocumentReport::file, Function.identity()));

        assertThat(reports.get("documents/b-police.txt").reason()).isEqualTo(ReasonCode.THIRD_PARTY_SOURCE);
        assertThat(reports.get("documents/a-printed.txt").reason()).isEqualTo(ReasonCode.DUPLICATE);
        assertThat(reports.get("documents/a-printed.txt").duplicateOf()).isEqualTo("documents/b-police.txt");
        assertThat(reports.get("documents/a-printed.txt").evidence())
                .contains("duplicate: copy of documents/b-police.txt", "duplicate: kept the earliest original");
    }

    @Test
    void aCaseNoteThatHoldsAWithheldLetterIsNotRemovedForItButGoesToAnOfficer() {
        Map<String, DocumentReport> reports = run(new PolicyClassifier(DisclosurePolicy.careLeaver()));

        assertThat(reports.get("documents/b-police.txt").reason()).isEqualTo(ReasonCode.THIRD_PARTY_SOURCE);
        assertThat(reports.get("documents/a-case-note-upload.txt").reason()).isEqualTo(ReasonCode.UNCERTAIN);
        assertThat(reports.get("documents/a-case-note-upload.txt").duplicateOf())
                .isNull();
    }

    @Test
    void aCrashingStageSendsTheDocumentToReviewAndTheOthersCarryOn() {
        PolicyClassifier real = new PolicyClassifier(DisclosurePolicy.careLeaver());
        Map<String, DocumentReport> reports = run((document, metadata, people) -> {
            if (document.file().contains("b-police")) {
                throw new IllegalStateException("classifier bug");
            }
            return real.classify(document, metadata, people);
        });

        DocumentReport crashed = reports.get("documents/b-police.txt");
        assertThat(crashed.disposition()).isEqualTo(Disposition.REVIEW);
        assertThat(crashed.reason()).isEqualTo(ReasonCode.PROCESSING_FAILED);
        assertThat(crashed.evidence()).singleElement().asString().contains("classifier bug");
        // the other document is still classified on its own: a case note that pastes in a police letter goes to an
        // officer because of the police evidence, not because of the crash
        assertThat(reports.get("documents/a-case-note-upload.txt").reason()).isEqualTo(ReasonCode.UNCERTAIN);
        assertThat(reports.get("documents/a-case-note-upload.txt").evidence())
                .anyMatch(e -> e.toString().contains("police information"));
    }

    @Test
    void documentsAreReportedInPathOrderWithPageCounts() {
        List<DocumentReport> reports = reports(new PolicyClassifier(DisclosurePolicy.careLeaver()));

        assertThat(reports)
                .extracting(DocumentReport::file)
                .containsExactly("documents/a-case-note-upload.txt", "documents/b-police.txt");
        assertThat(reports).extracting(DocumentReport::pages).containsExactly(1, 1);
    }
}
