package org.opensar.server.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records identity and authority evidence for a request and applies the council's rules to it. When the evidence
 * becomes enough, the request's clock starts again from the day the last needed piece arrived (rules.md §2) and
 * a request waiting for it moves on.
 */
@Service
public class IdentityVerification {

    private final Casework casework;
    private final EvidenceRepository evidence;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    IdentityVerification(
            Casework casework,
            EvidenceRepository evidence,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.casework = casework;
        this.evidence = evidence;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The evidence held for a request, the officers' decisions, and what the rules make of them. */
    public record IdentityFile(
            List<EvidenceItem> evidence, List<OfficerDecision> decisions, IdentityAssessment assessment) {}

    @Transactional(readOnly = true)
    public IdentityFile file(CaseReference reference) {
        InformationRequest request = casework.get(reference);
        List<EvidenceItem> items = evidence.evidence(request.id());
        List<OfficerDecision> decisions = evidence.decisions(request.id());
        return new IdentityFile(items, decisions, IdentityRules.assess(check(request, items, decisions)));
    }

    /**
     * Records a document an officer has seen and accepted as evidence. Only an officer confirms identity: a
     * requester's own upload waits for an officer's check and is recorded by the officer who accepts it.
     */
    @Transactional
    public IdentityFile record(CaseReference reference, EvidenceItem item, Actor actor) {
        requireOfficer(actor);
        InformationRequest request = casework.get(reference);
        if (item.receivedOn().isBefore(request.receivedOn())
                || item.receivedOn().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The evidence must have been received between the request ("
                    + request.receivedOn() + ") and today.");
        }
        evidence.add(request.id(), item, actor.username());
        events.publishEvent(new EvidenceRecorded(
                reference.value(), actor.username(), "EVIDENCE_RECORDED", json.writeValueAsString(item), null));
        return settle(reference, actor);
    }

    @Transactional
    public IdentityFile decide(
            CaseReference reference, OfficerDecision.Kind kind, String reason, LocalDate on, Actor actor) {
        requireOfficer(actor);
        InformationRequest request = casework.get(reference);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        OfficerAcceptance acceptance = new OfficerAcceptance(actor.username(), reason, day);
        evidence.decide(request.id(), kind, acceptance);
        events.publishEvent(new EvidenceRecorded(
                reference.value(),
                actor.username(),
                kind == OfficerDecision.Kind.IDENTITY
                        ? "IDENTITY_ACCEPTED_BY_OFFICER"
                        : "AUTHORITY_ACCEPTED_BY_OFFICER",
                json.writeValueAsString(acceptance),
                reason));
        return settle(reference, actor);
    }

    /** Applies the rules; when satisfied and the completion dates changed, tells casework. */
    private IdentityFile settle(CaseReference reference, Actor actor) {
        IdentityFile file = file(reference);
        InformationRequest request = casework.get(reference);
        IdentityAssessment assessment = file.assessment();
        LocalDate identityOn = assessment.identityCompleteOn().orElse(null);
        LocalDate authorityOn = assessment.authorityCompleteOn().orElse(null);
        boolean datesChanged = !java.util.Objects.equals(identityOn, request.identityReceivedOn())
                || !java.util.Objects.equals(authorityOn, request.authorityReceivedOn());
        if (assessment.satisfied() && datesChanged) {
            casework.identityConfirmed(
                    reference, identityOn, authorityOn, "the evidence meets the council's rules", actor);
        }
        return file;
    }

    private static void requireOfficer(Actor actor) {
        if (!actor.holds(Role.IG_OFFICER)) {
            throw new IllegalStateException(
                    "Only an IG officer records identity evidence or decisions, not " + actor.username() + ".");
        }
    }

    private static IdentityCheck check(
            InformationRequest request, List<EvidenceItem> items, List<OfficerDecision> decisions) {
        return new IdentityCheck(
                request.actingForSubject() ? RequesterRole.ACTING_FOR_DATA_SUBJECT : RequesterRole.DATA_SUBJECT,
                request.subject().dateOfBirth(),
                request.receivedOn(),
                items,
                latest(decisions, OfficerDecision.Kind.IDENTITY),
                latest(decisions, OfficerDecision.Kind.AUTHORITY));
    }

    private static Optional<OfficerAcceptance> latest(List<OfficerDecision> decisions, OfficerDecision.Kind kind) {
        return decisions.stream()
                .filter(d -> d.kind() == kind)
                .map(OfficerDecision::acceptance)
                .findFirst(); // the earliest decision: the clock restarts from the first sufficient one
    }
}
