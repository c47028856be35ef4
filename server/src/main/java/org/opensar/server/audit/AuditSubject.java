package org.opensar.server.audit;

import java.util.Objects;

/** The thing an audit entry is about, e.g. {@code request SAR-2026-000042}. */
public record AuditSubject(String type, String id) {

    public AuditSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
