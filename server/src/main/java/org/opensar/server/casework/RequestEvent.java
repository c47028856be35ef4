package org.opensar.server.casework;

import java.time.Instant;

/** One line of a request's timeline: what happened, who did it, when, and why. */
public record RequestEvent(
        long id,
        RequestEventType type,
        RequestStatus fromStatus,
        RequestStatus toStatus,
        String actor,
        Instant occurredAt,
        String reason) {}
