package org.opensar.server.identity;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/** Evidence or an officer's decision was recorded for a request. */
record EvidenceRecorded(String reference, String actor, String action, String after, String reason)
        implements AuditableEvent {

    @Override
    public AuditSubject subject() {
        return new AuditSubject("request", reference);
    }

    @Override
    public String before() {
        return null;
    }
}
