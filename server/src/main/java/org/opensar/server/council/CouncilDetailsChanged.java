package org.opensar.server.council;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/** An administrator set the council's details: the details before (the example's, at first) and after, as JSON. */
record CouncilDetailsChanged(String actor, String before, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "COUNCIL_DETAILS_CHANGED";
    }

    @Override
    public AuditSubject subject() {
        return new AuditSubject("council", "details");
    }

    @Override
    public String reason() {
        return null;
    }
}
