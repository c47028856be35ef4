package org.opensar.server.review;

/** Where the preparation of a bundle for release has got. */
public enum PreparationState {
    QUEUED("Waiting for a background job"),
    RENDERING("Rendering the documents"),
    VERIFYING("Verifying the bundle"),
    READY("Verified clean and ready to release"),
    FAILED("Not released: the bundle did not pass verification"),
    RELEASED("Released");

    private final String label;

    PreparationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still being prepared by a job. */
    public boolean working() {
        return this == QUEUED || this == RENDERING || this == VERIFYING;
    }
}
