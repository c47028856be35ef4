package org.opensar.engine.tools.generate;

/** What a generation run wrote: counts for the one-line summary. */
public record GenerationSummary(int documents, int pages, int heldOut, int duplicates, int scanned, String reference) {

    /** The one line {@code bin/opensar generate} prints. */
    public String line() {
        return String.format(
                "generated case %s: %d documents, %d pages (%d held-out, %d duplicates, %d scanned)",
                reference, documents, pages, heldOut, duplicates, scanned);
    }
}
