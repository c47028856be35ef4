package org.opensar.server.casework;

import java.time.LocalDate;

/** The part of a request that its life changes: status, the dates that restart the clock, extension, response. */
record Lifecycle(
        RequestStatus status,
        LocalDate identityReceivedOn,
        LocalDate authorityReceivedOn,
        LocalDate feeReceivedOn,
        boolean extended,
        LocalDate respondedOn) {

    static Lifecycle of(InformationRequest r) {
        return new Lifecycle(
                r.status(),
                r.identityReceivedOn(),
                r.authorityReceivedOn(),
                r.feeReceivedOn(),
                r.extended(),
                r.respondedOn());
    }

    Lifecycle withStatus(RequestStatus newStatus) {
        return new Lifecycle(newStatus, identityReceivedOn, authorityReceivedOn, feeReceivedOn, extended, respondedOn);
    }

    Lifecycle extendedNow() {
        return new Lifecycle(status, identityReceivedOn, authorityReceivedOn, feeReceivedOn, true, respondedOn);
    }

    Lifecycle respondedOn(LocalDate day) {
        return new Lifecycle(status, identityReceivedOn, authorityReceivedOn, feeReceivedOn, extended, day);
    }

    Lifecycle feeReceivedOn(LocalDate day) {
        return new Lifecycle(status, identityReceivedOn, authorityReceivedOn, day, extended, respondedOn);
    }

    Lifecycle evidenceCompleteOn(LocalDate identity, LocalDate authority) {
        return new Lifecycle(status, identity, authority, feeReceivedOn, extended, respondedOn);
    }
}
