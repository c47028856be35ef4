package org.opensar.engine.extract;

/** How extracting one document's text went; anything but a usable outcome sends the document to review. */
public enum ExtractionOutcome {
    EXTRACTED,
    OCR_APPLIED,
    NEEDS_OCR,
    CORRUPT,
    PASSWORD_PROTECTED,
    EMPTY,
    UNSUPPORTED_FORMAT,
    TOO_LARGE,
    TIMED_OUT,
    EXTRACTION_FAILED;

    /** True when the text is complete enough to decide on. */
    public boolean usable() {
        return this == EXTRACTED || this == OCR_APPLIED;
    }
}
