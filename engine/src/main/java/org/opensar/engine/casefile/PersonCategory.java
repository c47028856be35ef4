package org.opensar.engine.casefile;

import org.opensar.engine.EnumLabels;

/** How a person in the case file relates to the council's work, which decides what of theirs may stay. */
public enum PersonCategory {
    FAMILY,
    CARER,
    COUNCIL_STAFF,
    EXTERNAL_PROFESSIONAL,
    OTHER;

    /** As a person reads it: "family", "council staff". */
    public String label() {
        return EnumLabels.of(this);
    }
}
