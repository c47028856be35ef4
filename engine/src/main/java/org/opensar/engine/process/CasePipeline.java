package org.opensar.engine.process;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.duplicates.DocumentTexts;
import org.opensar.engine.duplicates.DuplicateFinder;
import org.opensar.engine.register.DocumentSightings;
import org.opensar.engine.register.PeopleRegister;
import org.opensar.engine.register.RegisterBuilder;
import org.opensar.engine.register.StaffMember;

/**
 * Streams a case's documents through the {@link DocumentProcessor} on a few threads in two passes: the first reads,
 * classifies and fingerprints each document and notes who it names, keeping only a small report, a fingerprint and
 * the compressed text per document; the case's people register is then built from every document, the case.json
 * and the staff directory; the second pass proposes each document's redactions with that register. Then copies and
 * documents inside others are marked (the pairs the duplicate stage finds alike are lined up from the spooled texts),
 * and a document to disclose that holds a withheld one's text is sent to review.
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

    private record Read(int index, DocumentReport report, DocumentFingerprint fingerprint, DocumentSightings people) {}

    /** Processes every document of {@code caseFile} with no staff directory, printing progress on {@code err}. */
    public CaseReport process(CaseFile caseFile, PrintStream err) {
        return process(caseFile, List.of(), err);
    }

    /** Processes every document of {@code caseFile}, with the council's {@code staff}, printing progress on err. */
    public CaseReport process(CaseFile caseFile, List<StaffMember> staff, PrintStream err) {
        List<CaseDocument> documents = caseFile.documents();
        CaseDescription description = caseFile.description();
        DocumentReport[] results = new DocumentReport[documents.size()];
        List<DocumentFingerprint> fingerprints = new ArrayList<>();
        List<DocumentSightings> sightings = new ArrayList<>();
        List<List<Integer>> pageStarts = new ArrayList<>(java.util.Collections.nCopies(documents.size(), List.of()));
        Progress progress = new Progress(err, System::nanoTime, documents.size());
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try (TextSpool texts = new TextSpool(documents.size())) {
            run(
                    workers,
                    documents.size(),
                    index -> () -> {
                        DocumentProcessor.ProcessedDocument read = processor.read(description, documents.get(index));
                        texts.put(index, read.text());
                        pageStarts.set(index, read.pageStarts());
                        return new Read(
                                index,
                                read.report(),
                                read.fingerprint(),
                                new DocumentSightings(documents.get(index).file(), read.sightings()));
                    },
                    read -> {
                        results[read.index()] = read.report();
                        if (read.fingerprint() != null) {
                            fingerprints.add(read.fingerprint());
                        }
                        sightings.add(read.people());
                        progress.documentDone(read.report().pages());
                    });
            sightings.sort((a, b) -> a.file().compareTo(b.file()));
            PeopleRegister register = RegisterBuilder.build(description, staff, sightings);
            CaseDescription described = register.describe(description);
            run(
                    workers,
                    documents.size(),
                    index -> () -> {
                        results[index] = processor.redact(
                                described,
                                documents.get(index).metadata(),
                                results[index],
                                texts.get(index),
                                pageStarts.get(index));
                        return index;
                    },
                    index -> {});
            List<DocumentReport> reports = sharedText.mark(
                    marker.mark(
                            Arrays.asList(results),
                            duplicates.find(fingerprints, texts(documents, texts)),
                            fingerprints),
                    fingerprints);
            int failures = (int) reports.stream().filter(DocumentReport::failed).count();
            err.printf(
                    "opensar process: %d documents, %d pages, %.1f pages/s; people register: %d people%n",
                    reports.size(),
                    reports.stream().mapToInt(DocumentReport::pages).sum(),
                    progress.pagesPerSecond(),
                    register.people().size());
            return new CaseReport(
                    description.reference(),
                    reports,
                    ReportSummary.of(reports, failures),
                    caseFile.warnings(),
                    register,
                    null);
        } finally {
            workers.shutdownNow();
        }
    }

    /** The spool's texts by file, for the duplicate stage to line up the pairs it finds alike. */
    private static DocumentTexts texts(List<CaseDocument> documents, TextSpool spool) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            indexes.put(documents.get(i).file(), i);
        }
        return file -> Optional.ofNullable(indexes.get(file)).map(spool::get);
    }

    /** Runs {@code task} for every index on the workers, a few at a time, handing each result to {@code done}. */
    private <T> void run(
            ExecutorService workers, int count, IntFunction<Callable<T>> task, java.util.function.Consumer<T> done) {
        CompletionService<T> completion = new ExecutorCompletionService<>(workers);
        int inFlight = 0;
        for (int i = 0; i < count; i++) {
            if (inFlight >= threads * 2) {
                done.accept(take(completion));
                inFlight--;
            }
            completion.submit(task.apply(i));
            inFlight++;
        }
        for (; inFlight > 0; inFlight--) {
            done.accept(take(completion));
        }
    }

    private static <T> T take(CompletionService<T> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing the case", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a document task failed outside its own guard", e.getCause());
        }
    }
}
