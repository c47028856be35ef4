package org.opensar.server.review;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/**
 * Something was done to a request's case file (attached, processed, a redaction or disposition decided, a note, the
 * second-person check, the release, the password's release); published inside the transaction that did it, so the
 * audit log holds who, when, what, before and after.
 */
record ReviewRecorded(String reference, String actor, String action, String before, String after, String reason)
        implements AuditableEvent {

    @Override
    public AuditSubject subject() {
        return new AuditSubject("request", reference);
    }
}
