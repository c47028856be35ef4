package org.opensar.engine.tools.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * One document of the synthetic case file with its answer: what the engine should decide for it and why,
 * and the marked text that was written into the file.
 *
 * @param file path relative to the case folder, e.g. {@code documents/2012/Case Notes/...pdf}
 * @param family the phrasing family of its template (a copy keeps its original's)
 * @param duplicateOf the file this one copies, or null
 * @param hard the hard cases this document is an example of (e.g. {@code SHORT_MEANINGFUL})
 * @param metadata what documents.json says about it; title, type and author may be unhelpful or misleading
 */
record GeneratedDocument(
        String file,
        DocumentKind kind,
        String family,
        DocumentFormat format,
        Disposition disposition,
        Reason reason,
        String duplicateOf,
        List<HardCase> hard,
        LocalDate date,
        MarkedText text,
        Metadata metadata) {

    /** A documents.json entry. */
    record Metadata(String title, String type, String author, String source) {}

    /** Whether its phrasing family is the one held out of tuning. */
    boolean heldOut() {
        return family.equals(Template.HELD_OUT_FAMILY);
    }

    int pages() {
        return PageLayout.pageCount(text.text());
    }

    /** When the file says it was created: the document's date, at a time fixed by its text, so copies agree. */
    LocalDateTime created() {
        int minutes = Math.floorMod(text.text().hashCode(), 9 * 60);
        return LocalDateTime.of(date, LocalTime.of(8, 0)).plusMinutes(minutes);
    }
}
