package org.opensar.server.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the council knows when it checks a requester's identity and authority.
 *
 * @param requesterRole whether the requester is the data subject or acts for them
 * @param dataSubjectDateOfBirth the data subject's date of birth; null where not known
 * @param requestReceivedOn the day the council received the request
 * @param evidence the documents received, in any order
 * @param identityDecision an officer's decision that the requester's identity is verified
 * @param authorityDecision an officer's decision that the requester may act for the data subject
 */
public record IdentityCheck(
        RequesterRole requesterRole,
        LocalDate dataSubjectDateOfBirth,
        LocalDate requestReceivedOn,
        List<EvidenceItem> evidence,
        Optional<OfficerAcceptance> identityDecision,
        Optional<OfficerAcceptance> authorityDecision) {

    public IdentityCheck {
        Objects.requireNonNull(requesterRole, "requesterRole");
        Objects.requireNonNull(requestReceivedOn, "requestReceivedOn");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        identityDecision = identityDecision == null ? Optional.empty() : identityDecision;
        authorityDecision = authorityDecision == null ? Optional.empty() : authorityDecision;
    }
}
