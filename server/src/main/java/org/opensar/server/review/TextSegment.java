package org.opensar.server.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of a document's text for the viewer: plain, or covered by a redaction (the first one that covers it, where
 * redactions overlap). {@code start} is its offset in the document's text, so a selection can be turned back into
 * offsets.
 */
record TextSegment(int start, String text, RedactionView redaction) {

    static List<TextSegment> of(String text, List<RedactionView> redactions) {
        List<RedactionView> ordered = redactions.stream()
                .sorted(Comparator.comparingInt(RedactionView::start).thenComparingInt(r -> -r.end()))
                .toList();
        List<TextSegment> segments = new ArrayList<>();
        int cursor = 0;
        for (RedactionView r : ordered) {
            int start = Math.max(r.start(), cursor);
            int end = Math.min(r.end(), text.length());
            if (start >= end) {
                continue;
            }
            if (start > cursor) {
                segments.add(new TextSegment(cursor, text.substring(cursor, start), null));
            }
            segments.add(new TextSegment(start, text.substring(start, end), r));
            cursor = end;
        }
        if (cursor < text.length()) {
            segments.add(new TextSegment(cursor, text.substring(cursor), null));
        }
        return segments;
    }
}
