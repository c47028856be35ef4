package org.opensar.server.clock;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/** An administrator added or removed a public holiday; due dates must be worked out again. */
public record HolidaysChanged(
        String actor, String action, String nation, String day, String before, String after, String reason)
        implements AuditableEvent {

    @Override
    public AuditSubject subject() {
        return new AuditSubject("holiday", nation + "/" + day);
    }
}
