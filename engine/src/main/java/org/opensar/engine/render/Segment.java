package org.opensar.engine.render;

/** A run of a document's text to typeset: either text to print, or a redaction drawn as a box with its code. */
record Segment(String text, ApprovedRedaction redaction) {

    static Segment text(String text) {
        return new Segment(text, null);
    }

    static Segment redacted(ApprovedRedaction redaction) {
        return new Segment("", redaction);
    }

    boolean isRedaction() {
        return redaction != null;
    }
}
