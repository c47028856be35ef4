package org.opensar.server.cctv;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/**
 * Something was done for a personal CCTV request (preservation requested, acknowledged, recorded; footage uploaded,
 * sampled, deleted; stills chosen, boxes decided; the stills checked and released); published inside the transaction
 * that did it, its state as JSON written by the JSON mapper from a record.
 */
record CctvRecorded(String reference, String actor, String action, String before, String after, String reason)
        implements AuditableEvent {

    @Override
    public AuditSubject subject() {
        return new AuditSubject("request", reference);
    }
}
