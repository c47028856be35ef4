package org.opensar.server.review;

import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/** An officer accepted or rejected one proposed redaction; the audit log keeps it before and after. */
public record RedactionDecided(CaseReference request, Actor by, RedactionView earlier, RedactionView payload)
        implements RequestAudited {

    @Override
    public String action() {
        return switch (payload.decision()) {
            case ACCEPTED -> "REDACTION_ACCEPTED";
            case REJECTED -> "REDACTION_REJECTED";
            case PROPOSED -> "REDACTION_PROPOSED";
        };
    }

    @Override
    public String before() {
        return RequestAudited.json(earlier);
    }
}
