package org.opensar.server.publicservice;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/** A member of staff opened a document a requester uploaded: who saw an identity document is on the record. */
record UploadOpened(String actor, String reference, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "UPLOAD_OPENED";
    }

    @Override
    public AuditSubject subject() {
        return new AuditSubject("request", reference);
    }

    @Override
    public String before() {
        return null;
    }

    @Override
    public String reason() {
        return null;
    }
}
