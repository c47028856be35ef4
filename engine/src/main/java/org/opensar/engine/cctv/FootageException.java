package org.opensar.engine.cctv;

import java.io.IOException;

/** Footage that cannot be read, with what to do about it in words an officer understands. */
public class FootageException extends IOException {

    public FootageException(String message) {
        super(message);
    }

    public FootageException(String message, Throwable cause) {
        super(message, cause);
    }
}
