package org.opensar.server.review;

import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/** The IG manager's second-person check approved the bundle for release or returned it, with their comments. */
public record QualityChecked(CaseReference request, Actor by, Checked payload, String comments)
        implements RequestAudited {

    /** What the check decided, as the audit log keeps it. */
    public record Checked(QualityCheckOutcome outcome) {}

    @Override
    public String action() {
        return switch (payload.outcome()) {
            case APPROVED -> "QUALITY_CHECK_APPROVED";
            case RETURNED -> "QUALITY_CHECK_RETURNED";
        };
    }

    @Override
    public String reason() {
        return comments;
    }
}
