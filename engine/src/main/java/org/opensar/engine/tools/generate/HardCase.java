package org.opensar.engine.tools.generate;

/** The traps a document sets for the disclosure engine, listed in the answer key's {@code hard}. */
enum HardCase {
    /** A one-entry placement log that matters. */
    SHORT_MEANINGFUL,
    /** Shares a form's boilerplate with other documents, yet is not a duplicate. */
    SAME_FORM,
    /** documents.json gives a title and type that point the wrong way. */
    MISLEADING_METADATA,
    /** An image-only PDF. */
    SCANNED,
    EXACT_COPY,
    OTHER_FORMAT_COPY,
    PRINT_HEADER_COPY,
    REFLOWED_COPY
}
