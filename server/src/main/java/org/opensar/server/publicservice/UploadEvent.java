package org.opensar.server.publicservice;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/**
 * Something happened to a requester's identity document: received, opened by a member of staff (who saw an identity
 * document is on the record), accepted as evidence or rejected.
 */
record UploadEvent(String actor, String reference, String action, String after, String reason)
        implements AuditableEvent {

    static String requester(CaseReference reference) {
        return Actor.requester(reference.value()).username();
    }

    @Override
    public AuditSubject subject() {
        return new AuditSubject("request", reference);
    }

    @Override
    public String before() {
        return null;
    }
}
