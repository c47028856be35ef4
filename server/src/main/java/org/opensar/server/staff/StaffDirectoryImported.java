package org.opensar.server.staff;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/** An administrator replaced the council's staff directory with an imported CSV file. */
record StaffDirectoryImported(String actor, String before, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "STAFF_DIRECTORY_IMPORTED";
    }

    @Override
    public AuditSubject subject() {
        return new AuditSubject("staff-directory", "council");
    }

    @Override
    public String reason() {
        return null;
    }
}
