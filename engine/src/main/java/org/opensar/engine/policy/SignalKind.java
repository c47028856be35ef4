package org.opensar.engine.policy;

/** Where in a document a signal is looked for: the places an officer looks to tell what a document is. */
public enum SignalKind {
    /** The issuing organisation: the first heading lines of the first page (policy setting {@code letterheadLines}). */
    LETTERHEAD,
    /** The document's title lines; also the metadata (documents.json, the file's own title, its path). */
    TITLE,
    /** Who signed or wrote it and their role: the last lines, and lines such as "Author:" or "Signed". */
    SIGNATURE,
    /** Whom it is addressed to: lines such as "Dear ...", "To:", "FAO". */
    ADDRESSEE,
    /** The labels of a form's fields ("Cost centre:", "Collar number:"), so a form is known by its layout. */
    FIELD,
    /** A distinctive phrase anywhere in the text; counts in full. */
    PHRASE,
    /**
     * An everyday word of the body typical of a kind of document ("arrested", "pupil"); together such words count
     * at most the policy's {@code vocabularyWeightCap}, so talk about a subject never outweighs a document's form.
     */
    VOCABULARY
}
