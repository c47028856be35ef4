package org.opensar.server.review;

import java.util.Set;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/**
 * Every document of a case file was processed and the end-of-case step ran: copies marked, documents holding a
 * withheld one's text sent to review, the people register built. The case file is ready for review.
 */
public record CaseFileProcessed(CaseReference request, Processed payload) implements RequestAudited {

    private static final Actor SYSTEM = new Actor("system", Set.of());

    /** What processing found, as the audit log keeps it. */
    public record Processed(int documents, int duplicates, int holdingWithheldText, long inReview) {}

    @Override
    public Actor by() {
        return SYSTEM;
    }

    @Override
    public String action() {
        return "CASE_FILE_PROCESSED";
    }
}
