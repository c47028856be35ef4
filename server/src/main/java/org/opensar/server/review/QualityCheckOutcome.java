package org.opensar.server.review;

/** What the IG manager's second-person check decided. */
public enum QualityCheckOutcome {
    APPROVED("Approved for release"),
    RETURNED("Returned to the officer");

    private final String label;

    QualityCheckOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
