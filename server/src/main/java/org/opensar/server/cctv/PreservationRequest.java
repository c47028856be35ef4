package org.opensar.server.cctv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The request to the CCTV control room to keep footage before it is overwritten: what was asked for (camera or
 * place, date, time window, how to recognise the requester), when and to whom it went, the control room's
 * acknowledgement, and what they preserved.
 */
public record PreservationRequest(
        String reference,
        String camera,
        LocalDate recordedOn,
        String timeWindow,
        String description,
        LocalDate overwrittenOn,
        String controlRoom,
        Instant sentAt,
        String sentBy,
        Instant acknowledgedAt,
        String acknowledgedBy,
        String controlRoomReference,
        String preserved,
        Instant preservedAt,
        String preservedBy,
        Instant warnedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean preservationRecorded() {
        return preserved != null && !preserved.isBlank();
    }

    /** Days from {@code today} until the footage is overwritten; 0 or less once it has been. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, overwrittenOn);
    }
}
