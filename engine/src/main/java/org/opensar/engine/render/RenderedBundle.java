package org.opensar.engine.render;

import java.util.List;

/**
 * What a rendered bundle holds: its page count, where each disclosed document starts, every redaction box, and the
 * documents to disclose that could not be read again while rendering ("file: outcome"), which wait for review.
 */
public record RenderedBundle(
        int pages, List<IndexEntry> index, List<PlacedRedaction> redactions, List<String> unreadable) {

    public RenderedBundle {
        index = List.copyOf(index);
        redactions = List.copyOf(redactions);
        unreadable = List.copyOf(unreadable);
    }

    /** A disclosed document and the bundle page it starts on. */
    public record IndexEntry(String file, String title, int firstPage) {}
}
