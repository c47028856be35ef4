package org.opensar.server.casework;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/** A request was received or moved on; published inside the transaction that made the change. */
public record RequestChanged(
        CaseReference reference, RequestEventType what, String actor, String before, String after, String reason)
        implements AuditableEvent {

    @Override
    public String action() {
        return "REQUEST_" + what.name();
    }

    @Override
    public AuditSubject subject() {
        return new AuditSubject("request", reference.value());
    }
}
