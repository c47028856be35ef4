package org.opensar.engine.render;

import java.util.List;

/** What a rendered bundle holds: its page count, where each disclosed document starts, and every redaction box. */
public record RenderedBundle(int pages, List<IndexEntry> index, List<PlacedRedaction> redactions) {

    public RenderedBundle {
        index = List.copyOf(index);
        redactions = List.copyOf(redactions);
    }

    /** A disclosed document and the bundle page it starts on. */
    public record IndexEntry(String file, String title, int firstPage) {}
}
