package org.opensar.server.review;

/** Where a case file is: its documents being processed, ready for review, or unreadable as a whole. */
public enum CaseFileStatus {
    PROCESSING("Processing"),
    PROCESSED("Ready for review"),
    FAILED("Could not be read");

    private final String label;

    CaseFileStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
