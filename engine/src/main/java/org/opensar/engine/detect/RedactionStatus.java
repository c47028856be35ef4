package org.opensar.engine.detect;

/**
 * Where a redaction stands, from the engine's proposal to the page: detection only ever proposes; a person (or, on
 * the command line, the batch policy) accepts it, so the text is taken out, or rejects it, so the text stays.
 */
public enum RedactionStatus {
    PROPOSED("Proposed"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    RedactionStatus(String label) {
        this.label = label;
    }

    /** As a person reads it on the workbench. */
    public String label() {
        return label;
    }
}
