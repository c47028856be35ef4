package org.opensar.server.review;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Something was done to a request's case file (attached, processed, a redaction or disposition decided, a note, the
 * second-person check, the release, the password's release); published inside the transaction that did it, so the
 * audit log holds who, when, what, before and after.
 */
record ReviewRecorded(String reference, String actor, String action, String before, String after, String reason)
        implements AuditableEvent {

    /** An officer's change, with the records before and after serialised by the JSON mapper. */
    static ReviewRecorded of(
            CaseReference reference,
            Actor actor,
            String action,
            Object before,
            Object after,
            String why,
            JsonMapper json) {
        return new ReviewRecorded(
                reference.value(),
                actor.username(),
                action,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after),
                why);
    }

    @Override
    public AuditSubject subject() {
        return new AuditSubject("request", reference);
    }
}
