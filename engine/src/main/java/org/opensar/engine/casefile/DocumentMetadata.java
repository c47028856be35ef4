package org.opensar.engine.casefile;

import java.time.LocalDate;

/** What {@code documents.json} says about one document; every field may be missing or unhelpful. */
public record DocumentMetadata(String title, String type, LocalDate date, String author, String source) {

    /** No metadata at all. */
    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null);
}
