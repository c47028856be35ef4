package org.opensar.engine.register;

/** A staff directory CSV that cannot be read, with the line at fault named in the message. */
public final class InvalidStaffDirectoryException extends RuntimeException {

    public InvalidStaffDirectoryException(String message) {
        super(message);
    }
}
