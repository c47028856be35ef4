package org.opensar.engine.process;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.duplicates.DuplicateFinder;
import org.opensar.engine.duplicates.SpilledTexts;

/**
 * Streams a case's documents through the {@link DocumentProcessor} on a few threads, keeping only a small report and
 * a fingerprint per document (their texts go to an encrypted spill file, for the duplicate stage to line up the few
 * pairs it finds alike), then marks copies and documents inside others, and sends to review a document to disclose
 * that holds a withheld one's text.
 */
public final class CasePipeline {

    private final DocumentProcessor processor;
    private final DuplicateFinder duplicates;
    private final DuplicateMarker marker;
    private final SharedTextMarker sharedText;
    private final int threads;

    public CasePipeline(
            DocumentProcessor processor,
            DuplicateFinder duplicates,
            DuplicateMarker marker,
            SharedTextMarker sharedText,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.processor = processor;
        this.duplicates = duplicates;
        this.marker = marker;
        this.sharedText = sharedText;
        this.threads = threads;
    }

    private record Processed(int index, DocumentReport report, DocumentFingerprint fingerprint, String text) {}

    /** Processes every document of {@code caseFile}, printing progress on {@code err}. */
    public CaseReport process(CaseFile caseFile, PrintStream err) {
        List<CaseDocument> documents = caseFile.documents();
        DocumentReport[] results = new DocumentReport[documents.size()];
        List<DocumentFingerprint> fingerprints = new ArrayList<>();
        Progress progress = new Progress(err, System::nanoTime, documents.size());
        List<DocumentReport> reports;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try (SpilledTexts texts = new SpilledTexts(null)) {
            CompletionService<Processed> done = new ExecutorCompletionService<>(workers);
            int inFlight = 0;
            for (int i = 0; i < documents.size(); i++) {
                if (inFlight >= threads * 2) {
                    collect(take(done), results, fingerprints, texts, progress);
                    inFlight--;
                }
                int index = i;
                done.submit(() -> {
                    DocumentProcessor.ProcessedDocument processed =
                            processor.process(caseFile.description(), documents.get(index));
                    return new Processed(index, processed.report(), processed.fingerprint(), processed.text());
                });
                inFlight++;
            }
            for (; inFlight > 0; inFlight--) {
                collect(take(done), results, fingerprints, texts, progress);
            }
            reports = sharedText.mark(
                    marker.mark(Arrays.asList(results), duplicates.find(fingerprints, texts), fingerprints),
                    fingerprints);
        } finally {
            workers.shutdownNow();
        }
        int failures = (int) reports.stream().filter(DocumentReport::failed).count();
        err.printf(
                "opensar process: %d documents, %d pages, %.1f pages/s%n",
                reports.size(), reports.stream().mapToInt(DocumentReport::pages).sum(), progress.pagesPerSecond());
        return new CaseReport(
                caseFile.description().reference(),
                reports,
                ReportSummary.of(reports, failures),
                caseFile.warnings(),
                null);
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
            Processed processed,
            DocumentReport[] results,
            List<DocumentFingerprint> fingerprints,
            SpilledTexts texts,
            Progress progress) {
        results[processed.index()] = processed.report();
        if (processed.fingerprint() != null) {
            fingerprints.add(processed.fingerprint());
            texts.put(processed.report().file(), processed.text());
        }
        progress.documentDone(processed.report().pages());
    }
}
