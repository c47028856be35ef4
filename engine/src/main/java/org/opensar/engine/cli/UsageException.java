package org.opensar.engine.cli;

/** Bad arguments on the command line: the message is the one line the user sees. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
