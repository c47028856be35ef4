package org.opensar.server.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A disclosure bundle prepared for release by a background job: how far the job has got (documents rendered of the
 * documents to disclose, then verification), and once done, its pages and redactions, or what verification found. It
 * was made from the decisions whose fingerprint is {@code decisions}, dated {@code issued}. The bundle itself is kept
 * encrypted until it is released.
 */
public record PreparedBundle(
        UUID caseFileId,
        UUID id,
        String decisions,
        LocalDate issued,
        PreparationState state,
        int documents,
        int rendered,
        Integer pages,
        Integer redactions,
        List<String> findings,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant verifyingAt,
        Instant finishedAt) {

    public PreparedBundle {
        findings = List.copyOf(findings);
    }

    /** A new preparation, waiting for its job. */
    static PreparedBundle requested(
            UUID caseFile, String decisions, LocalDate issued, int documents, String by, Instant at) {
        return new PreparedBundle(
                caseFile,
                UUID.randomUUID(),
                decisions,
                issued,
                PreparationState.QUEUED,
                documents,
                0,
                null,
                null,
                List.of(),
                by,
                at,
                null,
                null,
                null);
    }

    /** Made from the decisions as they are now, and dated {@code today}: it can be released as it is. */
    public boolean current(String decisionsNow, LocalDate today) {
        return decisions.equals(decisionsNow) && issued.equals(today);
    }

    public int percentRendered() {
        return documents == 0 ? 100 : (int) Math.floor(100.0 * rendered / documents);
    }

    /** How long rendering took (or has taken so far), in whole seconds. */
    public long renderingSeconds(Instant now) {
        return startedAt == null ? 0 : seconds(startedAt, verifyingAt != null ? verifyingAt : now);
    }

    /** How long verifying took, in whole seconds, once it is done. */
    public long verifyingSeconds() {
        return verifyingAt == null || finishedAt == null ? 0 : seconds(verifyingAt, finishedAt);
    }

    private static long seconds(Instant from, Instant to) {
        return Math.round(Duration.between(from, to).toMillis() / 1000.0);
    }
}
