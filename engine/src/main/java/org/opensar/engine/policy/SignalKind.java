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
    /**
     * Who wrote it, from the case's people list: a person named as the author (in the byline, the sign-off or
     * documents.json) who is an external professional whose relationship contains the phrase ("independent social
     * worker", "police officer"), or,
     * when the phrase is a category name in capitals ({@code FAMILY}, {@code CARER}, {@code COUNCIL_STAFF},
     * {@code EXTERNAL_PROFESSIONAL}, {@code OTHER}), whose category it is. An author counts once per rule, by the
     * signal of the rule that weighs most for them; one named only in documents.json counts as metadata.
     */
    AUTHOR,
    /** The labels of a form's fields ("Cost centre:", "Collar number:"), so a form is known by its layout. */
    FIELD,
    /** A distinctive phrase anywhere in the text; counts in full. */
    PHRASE,
    /**
     * An everyday word of the body typical of a kind of document ("arrested", "pupil"); together such words count
     * at most the policy's {@code vocabularyWeightCap}, so talk about a subject never outweighs a document's form.
     */
    VOCABULARY,
    /**
     * The document's shape, measured whatever its words: the phrase names a shape the classifier knows ({@code daily
     * entries}: three or more entries starting with dates a day or two apart, as a diary or shift log is kept).
     */
    LAYOUT
}
