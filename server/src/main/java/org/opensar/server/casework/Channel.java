package org.opensar.server.casework;

/** How the request reached the council. Verbal requests are valid; staff record them. */
public enum Channel {
    WEB("Online form"),
    EMAIL("Email"),
    LETTER("Letter"),
    PHONE("Phone"),
    IN_PERSON("In person");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
