package org.opensar.engine.process;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.duplicates.DuplicateFinder;
import org.opensar.engine.duplicates.DuplicateGroup;
import org.opensar.engine.duplicates.Fingerprinter;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.DocumentClassifier;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/**
 * Streams a case's documents through the stages (extract, classify, propose redactions, fingerprint) on a few
 * threads, keeping only a small result and a fingerprint per document, then marks duplicates. A failure in any
 * stage sends that document to review; nothing withheld can be disclosed by a crash.
 */
public final class CasePipeline {

    private final TextExtractor extractor;
    private final DocumentClassifier classifier;
    private final DisclosurePolicy policy;
    private final RedactionStage redactions;
    private final DuplicateFinder duplicates;
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final int threads;

    public CasePipeline(
            TextExtractor extractor,
            DocumentClassifier classifier,
            DisclosurePolicy policy,
            RedactionStage redactions,
            DuplicateFinder duplicates,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.extractor = extractor;
        this.classifier = classifier;
        this.policy = policy;
        this.redactions = redactions;
        this.duplicates = duplicates;
        this.threads = threads;
    }

    private record Processed(int index, DocumentResult result, DocumentFingerprint fingerprint) {}

    /** Processes every document of {@code caseFile}, printing progress on {@code err}. */
    public CaseReport process(CaseFile caseFile, PrintStream err) {
        List<CaseDocument> documents = caseFile.documents();
        DocumentResult[] results = new DocumentResult[documents.size()];
        List<DocumentFingerprint> fingerprints = new ArrayList<>();
        Progress progress = new Progress(err, System::nanoTime, documents.size());
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            CompletionService<Processed> done = new ExecutorCompletionService<>(workers);
            int inFlight = 0;
            for (int i = 0; i < documents.size(); i++) {
                if (inFlight >= threads * 2) {
                    collect(take(done), results, fingerprints, progress);
                    inFlight--;
                }
                int index = i;
                done.submit(() -> processOne(index, documents.get(index), caseFile));
                inFlight++;
            }
            for (; inFlight > 0; inFlight--) {
                collect(take(done), results, fingerprints, progress);
            }
        } finally {
            workers.shutdownNow();
        }
        markDuplicates(results, duplicates.find(fingerprints));
        List<DocumentReport> reports = new ArrayList<>();
        int failures = 0;
        for (DocumentResult result : results) {
            reports.add(DocumentReport.of(result));
            failures += result.failed() ? 1 : 0;
        }
        err.printf(
                "opensar process: %d documents, %d pages, %.1f pages/s%n",
                reports.size(), reports.stream().mapToInt(DocumentReport::pages).sum(), progress.pagesPerSecond());
        return new CaseReport(
                caseFile.description().reference(), reports, ReportSummary.of(reports, failures), caseFile.warnings());
    }

    private static Processed take(CompletionService<Processed> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing the case", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a document task failed outside its own guard", e.getCause());
        }
    }

    private static void collect(
            Processed processed, DocumentResult[] results, List<DocumentFingerprint> fingerprints, Progress progress) {
        results[processed.index()] = processed.result();
        if (processed.fingerprint() != null) {
            fingerprints.add(processed.fingerprint());
        }
        progress.documentDone(processed.result().pages());
    }

    private Processed processOne(int index, CaseDocument document, CaseFile caseFile) {
        ExtractedDocument extracted = null;
        try {
            extracted = extractor.extract(document);
            Decision decision = classifier.classify(extracted, document.metadata());
            List<Redaction> proposed = redactions.propose(caseFile.description(), extracted, decision);
            DocumentFingerprint fingerprint =
                    extracted.outcome().usable() ? fingerprinter.fingerprint(extracted) : null;
            return new Processed(
                    index,
                    new DocumentResult(
                            document.file(),
                            DocumentTitle.of(document, extracted),
                            decision,
                            extracted.pageCount(),
                            proposed),
                    fingerprint);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Evidence what = new Evidence(Evidence.Kind.EXTRACTION, String.valueOf(e));
            Decision review = Decision.of(
                    ReasonCode.PROCESSING_FAILED,
                    List.of(what),
                    1.0,
                    policy.explain(ReasonCode.PROCESSING_FAILED, what.toString()));
            int pages = extracted == null ? 0 : extracted.pageCount();
            return new Processed(
                    index, new DocumentResult(document.file(), document.fileName(), review, pages, List.of()), null);
        }
    }

    /**
     * In each group one copy is kept: the one with the most protective decision (withhold, then review, then
     * disclose), so a withheld document is never disclosed through its copy; among equals, one whose file name does
     * not mark it as a copy, then the first by path.
     */
    private void markDuplicates(DocumentResult[] results, List<DuplicateGroup> groups) {
        Map<String, Integer> indexByFile = new HashMap<>();
        for (int i = 0; i < results.length; i++) {
            indexByFile.put(results[i].file(), i);
        }
        for (DuplicateGroup group : groups) {
            DuplicateGroup.Member kept = group.members().get(0);
            for (DuplicateGroup.Member member : group.members()) {
                int rank = protection(results[indexByFile.get(member.file())].decision());
                int keptRank = protection(results[indexByFile.get(kept.file())].decision());
                if (rank < keptRank || (rank == keptRank && before(member.file(), kept.file()))) {
                    kept = member;
                }
            }
            for (DuplicateGroup.Member member : group.members()) {
                if (member != kept) {
                    int i = indexByFile.get(member.file());
                    results[i] = results[i].withDecision(duplicate(member, kept.file()));
                }
            }
        }
    }

    /** Among equally protective copies: a file not named as a copy first, then the first by path. */
    private static boolean before(String file, String other) {
        boolean copy = CopyNames.namedAsCopy(file);
        if (copy != CopyNames.namedAsCopy(other)) {
            return !copy;
        }
        return file.compareTo(other) < 0;
    }

    private Decision duplicate(DuplicateGroup.Member copy, String keptFile) {
        List<Evidence> evidence = List.of(
                new Evidence(Evidence.Kind.DUPLICATE, "copy of " + keptFile),
                new Evidence(Evidence.Kind.DUPLICATE, "similarity " + copy.similarity()));
        return new Decision(
                ReasonCode.DUPLICATE.disposition(),
                ReasonCode.DUPLICATE,
                evidence,
                copy.similarity(),
                policy.explain(ReasonCode.DUPLICATE, keptFile),
                keptFile);
    }

    private static int protection(Decision decision) {
        return switch (decision.disposition()) {
            case WITHHOLD -> 0;
            case REVIEW -> 1;
            case DISCLOSE -> 2;
            case REMOVE -> 3;
        };
    }
}
