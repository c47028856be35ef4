package org.opensar.server.review;

import java.time.LocalDate;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;

/**
 * One document in the review list: its decision now (the engine's, or the officer's change), how sure the engine
 * was, and how many of its redactions are still open.
 */
record ReviewDocument(
        long id,
        int ordinal,
        String file,
        String title,
        LocalDate date,
        boolean processed,
        Disposition disposition,
        ReasonCode reason,
        String explanation,
        double confidence,
        int pages,
        int openRedactions,
        int acceptedRedactions,
        int rejectedRedactions,
        Disposition engineDisposition,
        String changedBy) {

    /** Nothing left to decide: not in review, and if disclosed, every proposed redaction decided. */
    public boolean settled() {
        return processed
                && disposition != Disposition.REVIEW
                && (disposition != Disposition.DISCLOSE || openRedactions == 0);
    }

    public boolean changedByOfficer() {
        return changedBy != null;
    }

    public int confidencePercent() {
        return (int) Math.round(confidence * 100);
    }
}
