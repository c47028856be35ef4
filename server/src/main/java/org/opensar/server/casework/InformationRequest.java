package org.opensar.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A request as the council holds it: who asked, about whom, for what, and where it is in its life. The dates
 * that start and stop the clock are part of it, so the due date can always be recomputed and explained.
 */
public record InformationRequest(
        UUID id,
        CaseReference reference,
        RequestType type,
        RequestStatus status,
        Channel channel,
        LocalDate receivedOn,
        Requester requester,
        boolean actingForSubject,
        DataSubjectDetails subject,
        String informationWanted,
        String relevantDates,
        List<String> searchTerms,
        Delivery delivery,
        LocalDate identityReceivedOn,
        LocalDate authorityReceivedOn,
        LocalDate feeReceivedOn,
        boolean extended,
        Instant breachAwareAt,
        LocalDate footageRecordedOn,
        LocalDate dueOn,
        LocalDate respondedOn,
        List<Clarification> clarifications,
        String createdBy,
        int version) {

    public InformationRequest {
        searchTerms = searchTerms == null ? List.of() : List.copyOf(searchTerms);
        clarifications = clarifications == null ? List.of() : List.copyOf(clarifications);
    }

    /** The question still waiting for an answer, if any. */
    public java.util.Optional<Clarification> openClarification() {
        return clarifications.stream().filter(c -> !c.answered()).findFirst();
    }
}
