package org.opensar.server.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything that starts, stops or extends a request's clock. */
public record ClockFacts(
        ClockKind kind,
        LocalDate receivedOn,
        LocalDate identityReceivedOn,
        LocalDate authorityReceivedOn,
        LocalDate feeReceivedOn,
        List<Pause> clarifications,
        boolean extended,
        Instant breachAwareAt,
        LocalDate footageRecordedOn) {

    public ClockFacts {
        clarifications = clarifications == null ? List.of() : List.copyOf(clarifications);
    }

    /** A clarification: asked on one day, answered on another (null while waiting). */
    public record Pause(LocalDate askedOn, LocalDate answeredOn) {}
}
