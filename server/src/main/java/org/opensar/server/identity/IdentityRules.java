package org.opensar.server.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The council's identity and authority rules: one document from each of list 1 and list 2, evidence
 * of parental responsibility for a child under 13, and consent or authority for anyone else; or an
 * officer's recorded decision instead.
 */
public final class IdentityRules {

    /** Below this age on the day the request is received, a child's parent shows parental responsibility. */
    private static final int PARENTAL_RESPONSIBILITY_BELOW_AGE = 13;

    private IdentityRules() {}

    /** Weighs the evidence received and says what is established, what is wrong and what is still needed. */
    public static IdentityAssessment assess(IdentityCheck check) {
        boolean officerDecided = check.identityDecision().isPresent()
                || check.authorityDecision().isPresent();
        List<Finding> findings = new ArrayList<>();
        List<EvidenceItem> accepted = new ArrayList<>();
        for (EvidenceItem item : check.evidence()) {
            List<Finding> problems = EvidenceProblems.of(item);
            if (problems.isEmpty()) {
                accepted.add(item);
            } else if (item.type().kind() != EvidenceKind.OTHER || !officerDecided) {
                findings.addAll(problems);
            }
        }
        List<Requirement> stillNeeded = new ArrayList<>();

        Optional<LocalDate> firstIdentity = firstReceived(accepted, EvidenceKind.IDENTITY);
        Optional<LocalDate> firstResidence = firstReceived(accepted, EvidenceKind.RESIDENCE);
        Optional<LocalDate> identityOn = earliest(
                firstIdentity.flatMap(identity -> firstResidence.map(residence -> latest(identity, residence))),
                check.identityDecision().map(OfficerAcceptance::decidedOn));
        if (identityOn.isEmpty()) {
            if (firstIdentity.isEmpty()) {
                stillNeeded.add(Requirement.PROOF_OF_IDENTITY);
            }
            if (firstResidence.isEmpty()) {
                stillNeeded.add(Requirement.PROOF_OF_ADDRESS);
            }
        }

        RequirementStatus authority = RequirementStatus.NOT_NEEDED;
        RequirementStatus parentalResponsibility = RequirementStatus.NOT_NEEDED;
        Optional<LocalDate> authorityOn = Optional.empty();
        if (check.requesterRole() == RequesterRole.ACTING_FOR_DATA_SUBJECT) {
            Optional<LocalDate> decidedOn = check.authorityDecision().map(OfficerAcceptance::decidedOn);
            LocalDate dateOfBirth = check.dataSubjectDateOfBirth();
            if (dateOfBirth == null && decidedOn.isEmpty()) {
                stillNeeded.add(Requirement.DATA_SUBJECT_DATE_OF_BIRTH);
            }
            boolean youngChild = dateOfBirth != null && isYoungChild(dateOfBirth, check.requestReceivedOn());
            EvidenceKind authorityKind =
                    youngChild ? EvidenceKind.PARENTAL_RESPONSIBILITY : EvidenceKind.AUTHORITY_TO_ACT;
            authorityOn = earliest(firstReceived(accepted, authorityKind), decidedOn);
            authority = authorityOn.isPresent() ? RequirementStatus.ESTABLISHED : RequirementStatus.MISSING;
            if (youngChild) {
                parentalResponsibility = authority;
            }
            if (authority == RequirementStatus.MISSING) {
                stillNeeded.add(youngChild ? Requirement.PARENTAL_RESPONSIBILITY : Requirement.AUTHORITY_TO_ACT);
            }
        }

        stillNeeded.forEach(requirement -> findings.add(requirement.missing()));
        return new IdentityAssessment(
                authority,
                parentalResponsibility,
                identityOn,
                authorityOn,
                findings.stream().distinct().toList(),
                stillNeeded);
    }

    private static boolean isYoungChild(LocalDate dateOfBirth, LocalDate requestReceivedOn) {
        return Period.between(dateOfBirth, requestReceivedOn).getYears() < PARENTAL_RESPONSIBILITY_BELOW_AGE;
    }

    private static Optional<LocalDate> firstReceived(List<EvidenceItem> accepted, EvidenceKind kind) {
        return accepted.stream()
                .filter(item -> item.type().kind() == kind)
                .map(EvidenceItem::receivedOn)
                .min(LocalDate::compareTo);
    }

    private static Optional<LocalDate> earliest(Optional<LocalDate> one, Optional<LocalDate> other) {
        return Stream.concat(one.stream(), other.stream()).min(LocalDate::compareTo);
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
