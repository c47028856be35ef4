package org.opensar.engine.policy;

/** Where in a document a signal is looked for. */
public enum SignalKind {
    /** The first lines of the first page (policy setting {@code letterheadLines}). */
    LETTERHEAD,
    /** The document's title lines; also the metadata (documents.json, the file's own title, its path). */
    TITLE,
    /** Anywhere in the text. */
    PHRASE
}
