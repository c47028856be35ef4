package org.opensar.server.casework;

/** No request has that reference. */
public final class RequestNotFoundException extends RuntimeException {

    public RequestNotFoundException(CaseReference reference) {
        super("There is no request " + reference + ".");
    }
}
