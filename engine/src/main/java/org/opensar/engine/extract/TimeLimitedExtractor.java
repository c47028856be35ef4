package org.opensar.engine.extract;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opensar.engine.casefile.CaseDocument;

/**
 * Gives each document a time limit and turns anything thrown into an outcome, so one pathological file can
 * neither hang nor stop the case. A parser that ignores interruption is left running on a daemon thread.
 */
public final class TimeLimitedExtractor implements TextExtractor {

    private final TextExtractor delegate;
    private final Duration limit;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "opensar-extract");
        thread.setDaemon(true);
        return thread;
    });

    public TimeLimitedExtractor(TextExtractor delegate, Duration limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public ExtractedDocument extract(CaseDocument document) {
        Future<ExtractedDocument> result = workers.submit(() -> delegate.extract(document));
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return ExtractedDocument.failed(
                    document.file(), ExtractionOutcome.TIMED_OUT, "took longer than " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            return ExtractedDocument.failed(
                    document.file(), ExtractionOutcome.EXTRACTION_FAILED, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            return ExtractedDocument.failed(document.file(), ExtractionOutcome.EXTRACTION_FAILED, "interrupted");
        }
    }
}
