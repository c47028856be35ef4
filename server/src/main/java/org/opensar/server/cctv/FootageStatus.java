package org.opensar.server.cctv;

/** Where an uploaded piece of footage is. */
public enum FootageStatus {
    SAMPLING("Making the timeline"),
    READY("Timeline ready"),
    FAILED("Could not be read"),
    /** A picture the control room exported on its own: it became a still at once, with no timeline. */
    STILL("A still, uploaded as a picture"),
    DELETED("Deleted");

    private final String label;

    FootageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
