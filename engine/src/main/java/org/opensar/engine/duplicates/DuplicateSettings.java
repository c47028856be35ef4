package org.opensar.engine.duplicates;

import org.opensar.engine.policy.CopyPolicy;

/**
 * In how many documents a shingle must appear to count as a form's or a footer's wording rather than a document's
 * own (it is then left out when pairing documents), and the most words (not numbers or names) an addition may have to
 * count as what copying adds ("Copy for file", a print line, a date stamp) rather than something of substance.
 */
public record DuplicateSettings(int templateDocuments, int noteWords) {

    /** Template wording in 5 or more documents; additions of up to 12 words of copying's own. */
    public static final DuplicateSettings DEFAULT = new DuplicateSettings(5, 12);

    /** The default template threshold, with the note length the policy sets. */
    public static DuplicateSettings of(CopyPolicy policy) {
        return new DuplicateSettings(DEFAULT.templateDocuments(), policy.noteWords());
    }

    public DuplicateSettings {
        if (templateDocuments < 2) {
            throw new IllegalArgumentException("templateDocuments must be at least 2");
        }
        if (noteWords < 0) {
            throw new IllegalArgumentException("noteWords must not be negative");
        }
    }
}
