package org.opensar.server.cctv;

/** Something an officer asked for that cannot be done, with why in words they understand. */
public class CctvRefusedException extends RuntimeException {

    public CctvRefusedException(String message) {
        super(message);
    }
}
