package org.opensar.server.review;

/** A case file cannot be attached (or a review step taken), for the reason given in words an officer understands. */
public class CaseFileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CaseFileRefusedException(String message) {
        super(message);
    }
}
