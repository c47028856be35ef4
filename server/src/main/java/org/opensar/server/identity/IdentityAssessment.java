package org.opensar.server.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a requester's identity and authority.
 *
 * @param authority whether the requester may act for the data subject; {@code NOT_NEEDED} when they
 *     ask about themselves. For a child under 13, parental responsibility is the authority.
 * @param parentalResponsibility whether parental responsibility is shown; needed only when the
 *     requester acts for a child under 13 on the day the request was received
 * @param identityCompleteOn the day the council received what completed identity (or the officer's
 *     decision), choosing the earliest sufficient evidence; empty until identity is established
 * @param authorityCompleteOn likewise for authority; empty unless authority is established
 * @param findings the problems found, in plain English for the requester
 * @param stillNeeded what the requester still has to send or tell the council
 */
public record IdentityAssessment(
        RequirementStatus authority,
        RequirementStatus parentalResponsibility,
        Optional<LocalDate> identityCompleteOn,
        Optional<LocalDate> authorityCompleteOn,
        List<Finding> findings,
        List<Requirement> stillNeeded) {

    public IdentityAssessment {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(parentalResponsibility, "parentalResponsibility");
        Objects.requireNonNull(identityCompleteOn, "identityCompleteOn");
        Objects.requireNonNull(authorityCompleteOn, "authorityCompleteOn");
        if ((authority == RequirementStatus.ESTABLISHED) != authorityCompleteOn.isPresent()) {
            throw new IllegalArgumentException("authority is established exactly when it has a completion date");
        }
        findings = List.copyOf(findings);
        stillNeeded = List.copyOf(stillNeeded);
    }

    /** Whether the requester's identity is verified, by documents or by an officer's decision. */
    public boolean identityEstablished() {
        return identityCompleteOn.isPresent();
    }

    /** True when nothing more is needed: identity, and authority where it is needed, are established. */
    public boolean satisfied() {
        return stillNeeded.isEmpty();
    }
}
