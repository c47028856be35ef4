package org.opensar.server.cctv;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Publishes what was done for a CCTV request to the audit log, the state a record written by the JSON mapper. */
@Component
class CctvAudit {

    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    CctvAudit(ApplicationEventPublisher events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    void record(String reference, String actor, String action, Object before, Object after, String reason) {
        events.publishEvent(new CctvRecorded(
                reference,
                actor,
                action,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after),
                reason));
    }
}
