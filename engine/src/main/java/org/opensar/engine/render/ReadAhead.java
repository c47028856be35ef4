package org.opensar.engine.render;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;

/**
 * Reads the documents to disclose ahead of the typesetter, on every core: each one's text and, for a scan shown as
 * images, each page's boxes and the text layer OCR reads once they are burned in. OCR is the slow part of a bundle with
 * scans, and the typesetter, which writes pages in order, would otherwise wait on one tesseract at a time. At most
 * {@link #AHEAD} documents are read ahead, so memory stays flat however long the bundle.
 */
final class ReadAhead implements AutoCloseable {

    static final int AHEAD = 64;

    private final List<BundleDocument> documents;
    private final TextExtractor extractor;
    private final Rasteriser rasteriser;
    private final TextRedactor redactor;
    private final ExecutorService pool;
    private final Deque<Future<Read>> ahead = new ArrayDeque<>();
    private int submitted;

    ReadAhead(List<BundleDocument> documents, TextExtractor extractor, Rasteriser rasteriser, TextRedactor redactor) {
        this.documents = documents;
        this.extractor = extractor;
        this.rasteriser = rasteriser;
        this.redactor = redactor;
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "opensar-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A document read: its text, and for a scan shown as images, its pages being read. */
    record Read(
            BundleDocument item,
            ExtractedDocument extracted,
            List<Future<Rasteriser.PageRead>> pages,
            List<String> why) {

        /**
         * The pages as images, once read, or empty (with why) when the document is typeset: it is not a scan, the
         * officer chose to typeset it, or its pages cannot be shown as images.
         */
        Optional<List<Rasteriser.PageRead>> scan() throws IOException {
            if (pages.isEmpty()) {
                return Optional.empty();
            }
            List<Rasteriser.PageRead> read = new ArrayList<>(pages.size());
            for (Future<Rasteriser.PageRead> page : pages) {
                Rasteriser.PageRead done = await(page);
                if (done.failure() != null) {
                    why.add(done.failure());
                    return Optional.empty();
                }
                read.add(done);
            }
            return Optional.of(read);
        }
    }

    int size() {
        return documents.size();
    }

    boolean hasNext() {
        return submitted < documents.size() || !ahead.isEmpty();
    }

    /** The next document in bundle order, waiting for its text if it is not read yet. */
    Read next() throws IOException {
        while (submitted < documents.size() && ahead.size() < AHEAD) {
            BundleDocument item = documents.get(submitted++);
            ahead.add(pool.submit(() -> read(item)));
        }
        return await(ahead.remove());
    }

    private Read read(BundleDocument item) throws IOException {
        ExtractedDocument extracted = extractor.extract(item.document());
        List<String> why = new ArrayList<>();
        if (!extracted.outcome().usable() || mode(item, extracted) != RenderMode.RASTERISE) {
            return new Read(item, extracted, List.of(), why);
        }
        List<Future<Rasteriser.PageRead>> pages = rasteriser
                .pages(
                        item.document(),
                        extracted,
                        redactor.covered(extracted.fullText(), item.redactionsIn(DocumentPart.BODY)),
                        why)
                .map(tasks -> tasks.stream().map(pool::submit).toList())
                .orElse(List.of());
        return new Read(item, extracted, pages, why);
    }

    /** The officer's choice if any, else by the source kind. */
    private static RenderMode mode(BundleDocument item, ExtractedDocument extracted) {
        return item.renderMode() != null ? item.renderMode() : RenderMode.forSource(extracted.outcome());
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the documents ahead", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
