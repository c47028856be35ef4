package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of one FOI or EIR request that its clock depends on.
 *
 * @param regime FOI or EIR
 * @param receivedOn the day the council received the request
 * @param clarifications clarifications asked for; the 20 working days start again from the latest answer
 * @param extended FOI: extended for the public interest test; EIR: extended as complex and voluminous
 */
public record InformationRequest(
        InformationRegime regime, LocalDate receivedOn, List<Clarification> clarifications, boolean extended) {

    public InformationRequest {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(receivedOn, "receivedOn");
        clarifications = List.copyOf(clarifications);
        for (Clarification clarification : clarifications) {
            SarTimeline.notBeforeReceipt(Optional.of(clarification.askedOn()), "clarification asked", receivedOn);
        }
    }

    public static InformationRequest receivedOn(InformationRegime regime, LocalDate receivedOn) {
        return new InformationRequest(regime, receivedOn, List.of(), false);
    }
}
