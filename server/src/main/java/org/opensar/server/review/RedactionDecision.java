package org.opensar.server.review;

/** An officer's decision on a redaction: none yet, redact it, or leave the text in. */
public enum RedactionDecision {
    PROPOSED("Proposed"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    RedactionDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
