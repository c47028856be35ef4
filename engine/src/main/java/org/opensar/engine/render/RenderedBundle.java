package org.opensar.engine.render;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rendered bundle holds: its page count, where each disclosed document starts, every redaction box, the
 * documents to disclose that could not be read again while rendering ("file: outcome"), which wait for review, and
 * notes on how documents were rendered ("file: typeset, not rasterised: why").
 */
public record RenderedBundle(
        int pages,
        List<IndexEntry> index,
        List<PlacedRedaction> redactions,
        List<String> unreadable,
        List<String> notes) {

    public RenderedBundle {
        index = List.copyOf(index);
        redactions = List.copyOf(redactions);
        unreadable = List.copyOf(unreadable);
        notes = List.copyOf(notes);
    }

    /** A disclosed document, its title and date (null when not known), the bundle pages it is on, and how rendered. */
    public record IndexEntry(String file, String title, LocalDate date, int firstPage, int lastPage, RenderMode mode) {}
}
