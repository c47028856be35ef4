package org.opensar.server.casework;

/** How the requester wants the response: electronically by default; post only in exceptional circumstances. */
public enum Delivery {
    ELECTRONIC("Electronically (encrypted, password given separately)"),
    POST("By recorded delivery post");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
