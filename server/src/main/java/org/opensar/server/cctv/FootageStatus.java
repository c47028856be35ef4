package org.opensar.server.cctv;

/** Where an uploaded piece of footage is. */
public enum FootageStatus {
    SAMPLING("Making the timeline"),
    READY("Timeline ready"),
    FAILED("Could not be read"),
    DELETED("Deleted");

    private final String label;

    FootageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
