package org.opensar.server.review;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * A review event about a request that the audit log records: by default a new fact (nothing before it, no reason
 * given), its payload a record written by the JSON mapper.
 */
interface RequestAudited extends AuditableEvent {

    CaseReference request();

    /** Who did it. */
    Actor by();

    /** What the audit log keeps as the state after. */
    Object payload();

    @Override
    default String actor() {
        return by().username();
    }

    @Override
    default AuditSubject subject() {
        return new AuditSubject("request", request().value());
    }

    @Override
    default String before() {
        return null;
    }

    @Override
    default String after() {
        return json(payload());
    }

    @Override
    default String reason() {
        return null;
    }

    static String json(Object value) {
        return value == null ? null : JsonMapper.shared().writeValueAsString(value);
    }
}
