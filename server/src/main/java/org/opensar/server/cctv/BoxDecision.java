package org.opensar.server.cctv;

/** What the officer decided about a box on a still. */
public enum BoxDecision {
    OBSCURE("Obscure: someone else, or something that identifies them"),
    REQUESTER("The requester: leave visible"),
    DISMISSED("No one: leave as it is (a poster, a pattern)");

    private final String label;

    BoxDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
