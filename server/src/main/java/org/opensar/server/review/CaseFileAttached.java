package org.opensar.server.review;

import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/** A case file was attached to a request and its documents queued for processing. */
public record CaseFileAttached(CaseReference request, Actor by, Attached payload) implements RequestAudited {

    /** Where it came from and how many documents it holds, as the audit log keeps it. */
    public record Attached(CaseFileSource source, int documents) {}

    @Override
    public String action() {
        return "CASE_FILE_ATTACHED";
    }
}
