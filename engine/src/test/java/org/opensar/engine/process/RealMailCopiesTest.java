package org.opensar.engine.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.casefile.CaseFolderBuilder.aCaseFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.casefile.CaseFolderBuilder;
import org.opensar.engine.duplicates.AligningDuplicateFinder;
import org.opensar.engine.duplicates.DuplicateSettings;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/**
 * E-mail files nobody here wrote (Apache Tika's and Apache POI's test data, see the fixtures' README) through the
 * pipeline, every message decided as correspondence to disclose so that only copies decide what is removed: a real
 * three-message thread in one mailbox, a message and its attachment saved on its own, one message as sent and as
 * received, and single messages that copy nothing.
 */
class RealMailCopiesTest {

    private static final String FIXTURES = "/org/opensar/engine/duplicates/real-mail/";
    private static final List<String> FILES = List.of(
            "tika-complex.mbox",
            "tika-simple.mbox",
            "tika-testRFC822_multipart_attachments.eml",
            "tika-testMSG_forwarded.msg",
            "poi-58214_with_attachment.msg",
            "poi-58214_extracted_attachment.msg",
            "poi-example_sent_regular.msg",
            "poi-example_received_regular.msg");

    @TempDir
    static Path tmp;

    private static Map<String, DocumentReport> reports;

    @BeforeAll
    static void process() throws IOException {
        CaseFolderBuilder folder = aCaseFolder(tmp.resolve("case"));
        for (String file : FILES) {
            try (InputStream in = RealMailCopiesTest.class.getResourceAsStream(FIXTURES + file)) {
                folder.document("documents/" + file, in.readAllBytes());
            }
        }
        DisclosurePolicy policy = DisclosurePolicy.careLeaver();
        CasePipeline pipeline = new CasePipeline(
                new DocumentProcessor(
                        new TikaTextExtractor(ExtractionSettings.DEFAULT.withOcrCommand("no-ocr")),
                        (document, metadata, people) -> Decision.of(
                                ReasonCode.CORRESPONDENCE, List.of(new Evidence(Evidence.Kind.TITLE, "test")), 0.9, ""),
                        policy,
                        RedactionStage.NONE),
                new AligningDuplicateFinder(DuplicateSettings.DEFAULT),
                new DuplicateMarker(policy),
                new SharedTextMarker(policy),
                2);
        try (CaseFile caseFile = new CaseFileReader().open(folder.build())) {
            reports = pipeline.process(caseFile, new PrintStream(OutputStream.nullOutputStream())).documents().stream()
                    .collect(Collectors.toMap(DocumentReport::file, Function.identity()));
        }
    }

    @Test
    void aMailboxIsADocumentPerMessage() {
        assertThat(reports.keySet())
                .contains(
                        "documents/tika-complex.mbox#0001",
                        "documents/tika-complex.mbox#0002",
                        "documents/tika-complex.mbox#0003",
                        "documents/tika-simple.mbox#0001",
                        "documents/tika-simple.mbox#0002")
                .doesNotContain("documents/tika-complex.mbox");
    }

    @Test
    void theEarlierMessagesOfAThreadAreShownInTheLastWhichQuotesThemInFull() {
        for (String earlier : List.of("documents/tika-complex.mbox#0001", "documents/tika-complex.mbox#0002")) {
            DocumentReport report = reports.get(earlier);
            assertThat(report.reason()).as(earlier).isEqualTo(ReasonCode.DUPLICATE);
            assertThat(report.duplicateOf()).isEqualTo("documents/tika-complex.mbox#0003");
            assertThat(report.evidence())
                    .anyMatch(e -> e.startsWith("duplicate: quoted in full in documents/tika-complex.mbox#000"))
                    .anyMatch(e -> e.startsWith(
                            "duplicate: conversation 'question about when shuffle/sort start working': message"));
        }
        assertThat(reports.get("documents/tika-complex.mbox#0003").reason()).isEqualTo(ReasonCode.CORRESPONDENCE);
    }

    @Test
    void anAttachedMessageSavedOnItsOwnIsShownInTheMessageThatCarriesIt() {
        DocumentReport saved = reports.get("documents/poi-58214_extracted_attachment.msg");

        assertThat(saved.reason()).isEqualTo(ReasonCode.DUPLICATE);
        assertThat(saved.duplicateOf()).isEqualTo("documents/poi-58214_with_attachment.msg");
        assertThat(reports.get("documents/poi-58214_with_attachment.msg").reason())
                .isEqualTo(ReasonCode.CORRESPONDENCE);
    }

    @Test
    void oneMessageAsSentAndAsReceivedIsOneMessage() {
        DocumentReport sent = reports.get("documents/poi-example_sent_regular.msg");
        DocumentReport received = reports.get("documents/poi-example_received_regular.msg");

        assertThat(List.of(sent.reason(), received.reason()))
                .containsExactlyInAnyOrder(ReasonCode.DUPLICATE, ReasonCode.CORRESPONDENCE);
    }

    @Test
    void messagesThatCopyNothingStay() {
        for (String file : List.of(
                "documents/tika-testRFC822_multipart_attachments.eml",
                "documents/tika-testMSG_forwarded.msg",
                "documents/tika-simple.mbox#0001",
                "documents/tika-simple.mbox#0002")) {
            assertThat(reports.get(file).reason()).as(file).isNotEqualTo(ReasonCode.DUPLICATE);
        }
    }
}
