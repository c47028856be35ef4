package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.ReasonCode;

/**
 * The writer says how far a bundle has got, document by document in bundle order and then verification, while the
 * documents are read ahead on other threads.
 */
class RenderProgressTest {

    @TempDir
    Path dir;

    @Test
    void eachDocumentToDiscloseIsCountedOnceInOrderThenVerificationStarts() throws Exception {
        List<BundleDocument> documents = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            documents.add(document("note-" + i + ".txt", ReasonCode.CASE_NOTE, i));
        }
        documents.add(document("police.txt", ReasonCode.THIRD_PARTY_SOURCE, 1));
        documents.add(document("unreadable.txt", ReasonCode.CASE_NOTE, 2));
        List<String> heard = new ArrayList<>();
        RenderProgress progress = new RenderProgress() {
            @Override
            public void rendered(int done, int total) {
                heard.add(done + "/" + total);
            }

            @Override
            public void verifying() {
                heard.add("verifying");
            }
        };

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(document -> document.file()
                                .equals("unreadable.txt")
                        ? ExtractedDocument.failed(document.file(), ExtractionOutcome.CORRUPT, "broken")
                        : new ExtractedDocument(
                                document.file(),
                                List.of("Home visit number " + document.file() + ". Jordan talked about school."),
                                Map.of(),
                                ExtractionOutcome.EXTRACTED,
                                ""))
                .write(
                        new BundleRequest(
                                CaseDescription.ofSubject("Jordan Ellis"),
                                documents,
                                CoveringLetter.defaults(),
                                LocalDate.of(2026, 12, 7)),
                        dir,
                        progress);

        // a document to disclose that cannot be read again is not in the bundle: the release is refused for it alone
        assertThat(outcome.verification().findings())
                .singleElement()
                .asString()
                .startsWith("unreadable.txt is not complete in the bundle");
        List<String> expected = new ArrayList<>(
                IntStream.rangeClosed(1, 71).mapToObj(n -> n + "/71").toList());
        expected.add("verifying");
        assertThat(heard).isEqualTo(expected);
        assertThat(outcome.rendered().unreadable()).containsExactly("unreadable.txt: CORRUPT");
        assertThat(outcome.rendered().index())
                .extracting(RenderedBundle.IndexEntry::file)
                .startsWith("note-0.txt", "note-1.txt", "note-2.txt");
    }

    private static BundleDocument document(String file, ReasonCode reason, int day) {
        return new BundleDocument(
                new CaseDocument(
                        file,
                        Path.of(file),
                        1,
                        new DocumentMetadata(
                                file, null, LocalDate.of(2019, 1, 1).plusDays(day), null, null)),
                file,
                Decision.of(reason, List.of(), 0.9, ""),
                "opensar policy",
                Instant.parse("2026-11-20T10:00:00Z"),
                List.of());
    }
}
