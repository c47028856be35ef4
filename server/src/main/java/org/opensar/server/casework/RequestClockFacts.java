package org.opensar.server.casework;

import org.opensar.server.clock.ClockFacts;
import org.opensar.server.clock.ClockKind;

/** What a request's clock needs to know about it: its kind of clock and the dates that start, stop and extend it. */
final class RequestClockFacts {

    private RequestClockFacts() {}

    static ClockFacts of(InformationRequest r) {
        return new ClockFacts(
                clockKind(r.type()),
                r.receivedOn(),
                r.identityReceivedOn(),
                r.authorityReceivedOn(),
                r.feeReceivedOn(),
                r.clarifications().stream()
                        .map(c -> new ClockFacts.Pause(c.askedOn(), c.answeredOn()))
                        .toList(),
                r.extended(),
                r.breachAwareAt(),
                r.footageRecordedOn());
    }

    private static ClockKind clockKind(RequestType type) {
        return switch (type) {
            case SAR, CARE_LEAVER_SAR -> ClockKind.SAR;
            case PERSONAL_CCTV_SAR -> ClockKind.CCTV_SAR;
            case FOI -> ClockKind.FOI;
            case EIR -> ClockKind.EIR;
            case BREACH_REPORT -> ClockKind.BREACH;
            case THIRD_PARTY_CCTV -> ClockKind.NONE;
        };
    }
}
