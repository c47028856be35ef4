package org.opensar.engine.tools.generate;

/** What the answer key says the disclosure engine should do with a whole document. */
enum Disposition {
    DISCLOSE,
    WITHHOLD,
    REMOVE,
    REVIEW
}
