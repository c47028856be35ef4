package org.opensar.engine.tools.generate;

/** Why a span that looks like personal data stays in the disclosure. */
enum KeepReason {
    /** The data subject's own name or details. */
    SUBJECT,
    /** Council staff, or another professional, acting in their job. */
    STAFF,
    /** "Mum", "Dad", "sister": the relationship stays even when the name goes. */
    RELATIONSHIP_WORD,
    /** A relative's name the requester gave on the form (their other details still go). */
    KNOWN_TO_REQUESTER,
    /** A word that is also a name here, used as an ordinary word ("we hope", "she will"). */
    ORDINARY_WORD
}
