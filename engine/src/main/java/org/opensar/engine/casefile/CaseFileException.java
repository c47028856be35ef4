package org.opensar.engine.casefile;

/** The case file as a whole cannot be read; the message says why in one line. */
public final class CaseFileException extends RuntimeException {

    public CaseFileException(String message) {
        super(message);
    }

    public CaseFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
