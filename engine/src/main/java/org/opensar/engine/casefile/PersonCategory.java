package org.opensar.engine.casefile;

/** How a person in the case file relates to the council's work, which decides what of theirs may stay. */
public enum PersonCategory {
    FAMILY,
    CARER,
    COUNCIL_STAFF,
    EXTERNAL_PROFESSIONAL,
    OTHER
}
