package org.opensar.server.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request's case file and how far its processing has gone: documents done of the total, and from the pace so
 * far, the time left.
 */
public record CaseFileSummary(
        UUID id,
        UUID requestId,
        String reference,
        CaseFileSource source,
        String folder,
        CaseFileStatus status,
        int documents,
        int processed,
        List<String> warnings,
        String attachedBy,
        Instant attachedAt,
        Instant processedAt,
        String failure,
        Instant firstDocumentAt,
        Instant lastDocumentAt) {

    public CaseFileSummary {
        warnings = List.copyOf(warnings);
    }

    public int percentProcessed() {
        return documents == 0 ? 100 : (int) Math.floor(100.0 * processed / documents);
    }

    /** The time left at the pace since processing began, once there is a pace to go by. */
    public Optional<Duration> timeLeft() {
        if (status != CaseFileStatus.PROCESSING || processed < 2 || firstDocumentAt == null) {
            return Optional.empty();
        }
        Duration elapsed = Duration.between(attachedAt, lastDocumentAt);
        return Optional.of(elapsed.multipliedBy(documents - processed).dividedBy(processed));
    }

    /** The time left in words, e.g. "about 3 minutes". */
    public String timeLeftInWords() {
        return timeLeft()
                .map(left -> left.toMinutes() >= 1
                        ? "about " + left.toMinutes() + (left.toMinutes() == 1 ? " minute" : " minutes")
                        : "less than a minute")
                .orElse("working it out");
    }
}
