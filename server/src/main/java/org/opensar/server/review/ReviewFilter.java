package org.opensar.server.review;

import java.time.LocalDate;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;

/**
 * What the officer narrows the review list to: one disposition, documents still needing a decision, documents with
 * redactions, one kind (the reason the engine or officer gave), dates.
 */
record ReviewFilter(
        Disposition disposition,
        boolean needsReview,
        boolean hasRedactions,
        ReasonCode kind,
        LocalDate from,
        LocalDate to) {

    public static final ReviewFilter ALL = new ReviewFilter(null, false, false, null, null, null);

    public ReviewFilter withDisposition(Disposition only) {
        return new ReviewFilter(only, needsReview, hasRedactions, kind, from, to);
    }

    public ReviewFilter withNeedsReview(boolean only) {
        return new ReviewFilter(disposition, only, hasRedactions, kind, from, to);
    }
}
