package org.opensar.engine.policy;

/** One fact a decision rests on, e.g. letterhead "West Midlands Police"; shown as "letterhead: West Midlands Police". */
public record Evidence(Kind kind, String value) {

    /** Where the fact was found. */
    public enum Kind {
        LETTERHEAD,
        TITLE,
        PHRASE,
        METADATA,
        SUBSTANCE,
        EXTRACTION,
        DUPLICATE,
        CANDIDATE
    }

    @Override
    public String toString() {
        String label = kind.name().toLowerCase();
        return kind == Kind.PHRASE ? label + ": '" + value + "'" : label + ": " + value;
    }
}
