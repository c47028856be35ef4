package org.opensar.engine.policy;

/** A policy file that cannot be used; the message says why in one line. */
public final class InvalidPolicyException extends RuntimeException {

    public InvalidPolicyException(String message) {
        super(message);
    }
}
