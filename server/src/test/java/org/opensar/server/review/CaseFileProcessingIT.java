package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.process.DocumentProcessor;
import org.opensar.server.IntegrationTest;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The background processing of a case file as several server nodes share it: each document is claimed by one node
 * at a time, the work splits between nodes, and a document held by a node that died is taken over when its lease
 * ends, so processing resumes where it stopped. The nodes here are called directly; the minute-by-minute resumption
 * that would hand these case files to this node's own background workers is pushed out of the way.
 */
@TestPropertySource(properties = "opensar.review.resume-interval=1h")
class CaseFileProcessingIT extends IntegrationTest {

    @Autowired
    private CaseFileRepository caseFiles;

    @Autowired
    private CaseFileProcessing thisNode;

    @Autowired
    private DocumentProcessor processor;

    @Autowired
    private DisclosurePolicy policy;

    @Autowired
    private ProcessingCompletion completion;

    @Autowired
    private ReviewProperties properties;

    @Autowired
    private Casework casework;

    @Autowired
    private JdbcClient jdbc;

    @TempDir
    Path tmp;

    @Test
    void twoNodesSplitACaseFileAndNoDocumentIsProcessedTwice() {
        UUID caseFile = listedButNotScheduled(30);
        CaseFileProcessing otherNode = node("other-node");

        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> otherNode.work(caseFile));
        CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> thisNode.work(caseFile));

        assertThat(other.join() + here.join()).isEqualTo(30);
        assertThat(jdbc.sql("select distinct claimed_by from case_document where case_file_id = :id")
                        .param("id", caseFile)
                        .query(String.class)
                        .list())
                .hasSize(2)
                .contains("other-node");
        assertThat(jdbc.sql("select max(attempts) from case_document where case_file_id = :id")
                        .param("id", caseFile)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        CaseFileSummary done = caseFiles.find(caseFile).orElseThrow();
        assertThat(done.status()).isEqualTo(CaseFileStatus.PROCESSED);
        assertThat(done.processed()).isEqualTo(30);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'CASE_FILE_PROCESSED'
                          and subject_id = :reference""")
                        .param("reference", done.reference())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDocumentHeldByANodeThatDiedIsTakenOverWhenItsLeaseEndsAndTheDeadNodesWorkIsDiscarded() {
        UUID caseFile = listedButNotScheduled(6);
        CaseFileRepository.Claim held =
                caseFiles.claimNext(caseFile, "dead-node", Duration.ZERO).orElseThrow();

        assertThat(thisNode.work(caseFile)).isEqualTo(6);

        assertThat(jdbc.sql("select attempts from case_document where id = :id")
                        .param("id", held.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(caseFiles.find(caseFile).orElseThrow().status()).isEqualTo(CaseFileStatus.PROCESSED);
        DocumentProcessor.ProcessedDocument late = processor.process(
                caseFileOf(caseFile).description(),
                caseFileOf(caseFile).documents().get(0));
        assertThat(caseFiles.store(held, "dead-node", late)).isFalse();
    }

    @Test
    void aDocumentUnderALiveLeaseWaitsAndTheCaseFileStaysInProcessingUntilItIsDone() {
        UUID caseFile = listedButNotScheduled(4);
        CaseFileRepository.Claim held =
                caseFiles.claimNext(caseFile, "busy-node", Duration.ofHours(1)).orElseThrow();

        assertThat(thisNode.work(caseFile)).isEqualTo(3);
        assertThat(caseFiles.find(caseFile).orElseThrow().status()).isEqualTo(CaseFileStatus.PROCESSING);
        assertThat(caseFiles.unfinished(caseFile)).isEqualTo(1);

        CaseFile opened = caseFileOf(caseFile);
        var document = opened.documents().stream()
                .filter(d -> d.file().equals(held.file()))
                .findFirst()
                .orElseThrow();
        assertThat(caseFiles.store(held, "busy-node", processor.process(opened.description(), document)))
                .isTrue();
        assertThat(thisNode.work(caseFile)).isZero();
        assertThat(caseFiles.find(caseFile).orElseThrow().status()).isEqualTo(CaseFileStatus.PROCESSED);
    }

    private CaseFileProcessing node(String name) {
        return new CaseFileProcessing(caseFiles, processor, policy, completion, properties, new NodeName(name));
    }

    /** A generated case file listed in the database as attaching does, without its background workers. */
    private UUID listedButNotScheduled(int documents) {
        InformationRequest request = casework.get(
                new CaseReference(newRequest(aSubjectAccessRequest().json())));
        Path folder = tmp.resolve("case-" + documents);
        GeneratedCaseFiles.zipped(folder, documents, documents);
        UUID id = UUID.randomUUID();
        try (CaseFile caseFile = new CaseFileReader().open(folder)) {
            caseFiles.insert(
                    id,
                    request.id(),
                    request.reference().value(),
                    CaseFileSource.SERVER_FOLDER,
                    folder.toString(),
                    caseFile.documents(),
                    List.of(),
                    "test",
                    Instant.now());
        }
        return id;
    }

    private CaseFile caseFileOf(UUID id) {
        return new CaseFileReader()
                .open(Path.of(caseFiles.find(id).orElseThrow().folder()));
    }
}
