package org.opensar.server.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.engine.process.DocumentProcessor;
import org.opensar.engine.process.DocumentProcessor.ProcessedDocument;
import org.opensar.engine.process.DocumentReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The work of one background job on a case file: claim a document no one else holds, run the engine's stages on it,
 * store the result, and again, until none is left to claim; the job that finds every document done closes the case
 * file's processing by marking duplicates. Any number of jobs on any number of nodes can work on one case file.
 */
@Component
class CaseFileProcessing {

    /** A document that stopped its job this many times (a crash, an out-of-memory) is sent to review instead. */
    static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(CaseFileProcessing.class);

    private final CaseFileRepository caseFiles;
    private final DocumentProcessor processor;
    private final DisclosurePolicy policy;
    private final ProcessingCompletion completion;
    private final ReviewProperties properties;
    private final String node;

    CaseFileProcessing(
            CaseFileRepository caseFiles,
            DocumentProcessor processor,
            DisclosurePolicy policy,
            ProcessingCompletion completion,
            ReviewProperties properties,
            NodeName node) {
        this.caseFiles = caseFiles;
        this.processor = processor;
        this.policy = policy;
        this.completion = completion;
        this.properties = properties;
        this.node = node.value();
    }

    /** Works on the case file until nothing is left to claim; returns how many documents this job processed. */
    int work(UUID caseFileId) {
        Optional<CaseFileSummary> summary = caseFiles.find(caseFileId);
        if (summary.isEmpty() || summary.get().status() != CaseFileStatus.PROCESSING) {
            return 0;
        }
        int done = 0;
        try (CaseFile caseFile = new CaseFileReader().open(Path.of(summary.get().folder()))) {
            Map<String, CaseDocument> byFile =
                    caseFile.documents().stream().collect(Collectors.toMap(CaseDocument::file, Function.identity()));
            for (Optional<CaseFileRepository.Claim> claim = caseFiles.claimNext(caseFileId, node, properties.lease());
                    claim.isPresent();
                    claim = caseFiles.claimNext(caseFileId, node, properties.lease())) {
                ProcessedDocument processed =
                        process(caseFile, byFile.get(claim.get().file()), claim.get());
                if (caseFiles.store(claim.get(), node, processed)) {
                    done++;
                }
            }
        } catch (CaseFileException e) {
            log.warn("case file {} cannot be read: {}", caseFileId, e.getMessage());
            caseFiles.fail(caseFileId, e.getMessage());
            return done;
        }
        if (caseFiles.unfinished(caseFileId) == 0) {
            completion.complete(caseFileId);
        }
        return done;
    }

    private ProcessedDocument process(CaseFile caseFile, CaseDocument document, CaseFileRepository.Claim claim) {
        if (document == null) {
            return toReview(claim.file(), ReasonCode.EXTRACTION_FAILED, "the file is no longer in the case folder");
        }
        if (claim.attempts() > MAX_ATTEMPTS) {
            return toReview(
                    claim.file(),
                    ReasonCode.PROCESSING_FAILED,
                    "processing stopped " + MAX_ATTEMPTS + " times on this document");
        }
        // redactions are proposed once every document is read, with the case's people register (ProcessingCompletion)
        return processor.read(caseFile.description(), document);
    }

    private ProcessedDocument toReview(String file, ReasonCode reason, String what) {
        DocumentReport report = new DocumentReport(
                file,
                Path.of(file).getFileName().toString(),
                Disposition.REVIEW,
                reason,
                null,
                policy.explain(reason, what),
                List.of(what),
                1.0,
                0,
                List.of());
        return new ProcessedDocument(report, null, "", List.of(), null, List.of());
    }
}
