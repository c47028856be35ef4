package org.opensar.engine.process;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/** Prints progress on a long case to stderr, at most once a second: documents done, pages per second, ETA. */
final class Progress {

    private static final long SECOND = 1_000_000_000L;

    private final PrintStream err;
    private final LongSupplier nanoTime;
    private final int total;
    private final long started;
    private long lastPrinted;
    private int documents;
    private long pages;

    Progress(PrintStream err, LongSupplier nanoTime, int total) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.total = total;
        this.started = nanoTime.getAsLong();
        this.lastPrinted = started;
    }

    void documentDone(int documentPages) {
        documents++;
        pages += documentPages;
        long now = nanoTime.getAsLong();
        if (now - lastPrinted >= SECOND) {
            lastPrinted = now;
            err.println(line(now));
        }
    }

    double pagesPerSecond() {
        double seconds = Math.max(1e-9, (nanoTime.getAsLong() - started) / (double) SECOND);
        return pages / seconds;
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - started) / (double) SECOND);
        long eta = documents == 0 ? 0 : Math.round(seconds / documents * (total - documents));
        return String.format(
                "opensar process: %d/%d documents, %d pages, %.1f pages/s, ETA %d:%02d",
                documents, total, pages, pages / seconds, eta / 60, eta % 60);
    }
}
