package org.opensar.server.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensar.server.clock.Clocks;
import org.opensar.server.clock.HolidaysChanged;
import org.opensar.server.clock.RequestDeadline;
import org.opensar.server.staff.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of a request: receipt, the staff actions of {@link RequestAction}, and the dates that drive its clock.
 * Every change records an event on the request's timeline and publishes {@link RequestChanged} for the audit log,
 * in the same transaction.
 */
@Service
public class Casework {

    private final RequestRepository requests;
    private final Clocks clocks;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<ActionGuard> guards;

    Casework(
            RequestRepository requests,
            Clocks clocks,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            ObjectProvider<ActionGuard> guards) {
        this.requests = requests;
        this.clocks = clocks;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.guards = guards;
    }

    @Transactional
    public InformationRequest receive(NewRequest input, Actor actor) {
        long number = requests.nextNumber();
        CaseReference reference =
                CaseReference.next(input.type(), Year.now(clock).getValue(), number);
        InformationRequest draft = new InformationRequest(
                UUID.randomUUID(),
                reference,
                input.type(),
                RequestStatus.RECEIVED,
                input.channel(),
                input.receivedOn(),
                new Requester(
                        input.requesterName(),
                        input.requesterEmail(),
                        input.requesterPhone(),
                        input.requesterAddress()),
                input.actingForSubject(),
                new DataSubjectDetails(
                        input.effectiveSubjectName(),
                        input.subjectDateOfBirth(),
                        input.aliases(),
                        input.councilIdentifiers()),
                input.informationWanted(),
                input.relevantDates(),
                input.searchTerms(),
                input.delivery() == null ? Delivery.ELECTRONIC : input.delivery(),
                null,
                null,
                null,
                false,
                input.breachAwareAt(),
                input.footageRecordedOn(),
                null,
                null,
                List.of(),
                actor.username(),
                0);
        requests.insert(draft);
        requests.updateDueOn(draft.id(), deadline(draft).sortDate());
        InformationRequest saved = get(reference);
        record(
                saved,
                new RequestEvent(
                        0, RequestEventType.RECEIVED, null, saved.status(), actor.username(), clock.instant(), null),
                null);
        return saved;
    }

    @Transactional(readOnly = true)
    public InformationRequest get(CaseReference reference) {
        return requests.find(reference).orElseThrow(() -> new RequestNotFoundException(reference));
    }

    /** The request with this reference, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<InformationRequest> find(CaseReference reference) {
        return requests.find(reference);
    }

    @Transactional(readOnly = true)
    public List<InformationRequest> list(RequestStatus status, int limit) {
        return requests.list(status, 0, limit);
    }

    /** Requests with {@code status} (any when null), open ones first by due date, from {@code offset}. */
    public List<InformationRequest> list(RequestStatus status, int offset, int limit) {
        return requests.list(status, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<RequestEvent> timeline(CaseReference reference) {
        return requests.events(get(reference).id());
    }

    /** The request's due date now, with its explanation. */
    public RequestDeadline deadline(InformationRequest request) {
        return clocks.deadline(RequestClockFacts.of(request));
    }

    /** The actions this person could take now, for the request page. */
    public List<RequestAction> actionsFor(InformationRequest request, Actor actor) {
        return java.util.Arrays.stream(RequestAction.values())
                .filter(a -> a.allowedFor(request)
                        && actor.holds(a.requiredRole())
                        && refusal(request, a, actor).isEmpty())
                .toList();
    }

    private Optional<String> refusal(InformationRequest request, RequestAction action, Actor actor) {
        return guards.orderedStream()
                .map(g -> g.refusal(request, action, actor))
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Transactional
    public InformationRequest act(CaseReference reference, ActionInput input, Actor actor) {
        InformationRequest before = get(reference);
        RequestAction action = input.action();
        String reason = input.reason() == null || input.reason().isBlank()
                ? null
                : input.reason().strip();
        LocalDate on = input.on() == null ? LocalDate.now(clock) : input.on();
        ActionCheck.check(before, action, reason, on, LocalDate.now(clock), actor, () -> deadline(before));
        refusal(before, action, actor).ifPresent(why -> {
            throw new ActionNotAllowedException(why, false);
        });

        RequestStatus target = action.target(before, statusBeforeClarification(before));
        switch (action) {
            case REQUEST_CLARIFICATION -> requests.askClarification(before.id(), on, reason);
            case RECORD_CLARIFICATION_ANSWER ->
                requests.answerClarification(
                        before.openClarification().orElseThrow().id(), on, reason);
            default -> {}
        }
        Lifecycle next = Lifecycle.of(before).withStatus(target);
        if (action == RequestAction.NOTIFY_EXTENSION) {
            next = next.extendedNow();
        }
        if (action == RequestAction.APPROVE_AND_RESPOND || action == RequestAction.RELEASE) {
            next = next.respondedOn(on);
        }
        if (action == RequestAction.RECORD_FEE_RECEIVED) {
            next = next.feeReceivedOn(on);
        }
        save(before, next);
        InformationRequest after = get(reference);
        record(
                after,
                new RequestEvent(
                        0,
                        RequestEventType.of(action),
                        before.status(),
                        after.status(),
                        actor.username(),
                        clock.instant(),
                        reason),
                before);
        return after;
    }

    /**
     * Identity and authority were confirmed (by evidence or an officer's recorded decision): the clock starts
     * again from the day the last of them arrived, and a request waiting for them moves on.
     */
    @Transactional
    public InformationRequest identityConfirmed(
            CaseReference reference,
            LocalDate identityReceivedOn,
            LocalDate authorityReceivedOn,
            String why,
            Actor actor) {
        InformationRequest before = get(reference);
        if (before.status().closed()) {
            throw new ActionNotAllowedException(
                    "The request is closed (" + before.status().label().toLowerCase()
                            + "): evidence can no longer change it.",
                    false);
        }
        RequestStatus target =
                before.status() == RequestStatus.AWAITING_IDENTITY ? RequestStatus.IN_PROGRESS : before.status();
        save(
                before,
                Lifecycle.of(before).withStatus(target).evidenceCompleteOn(identityReceivedOn, authorityReceivedOn));
        InformationRequest after = get(reference);
        record(
                after,
                new RequestEvent(
                        0,
                        RequestEventType.IDENTITY_CONFIRMED,
                        before.status(),
                        after.status(),
                        actor.username(),
                        clock.instant(),
                        why),
                before);
        return after;
    }

    /** A disclosure was released: the request is closed as responded, in the same transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DisclosureReleased released) {
        act(released.request(), new ActionInput(RequestAction.RELEASE, null, null), released.by());
    }

    /** Public holidays changed: every open request's due date is worked out again. */
    @EventListener
    @Transactional
    public void on(HolidaysChanged change) {
        for (InformationRequest open : requests.open()) {
            requests.updateDueOn(open.id(), deadline(open).sortDate());
        }
    }

    private RequestStatus statusBeforeClarification(InformationRequest request) {
        List<RequestEvent> timeline = requests.events(request.id());
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).type() == RequestEventType.REQUEST_CLARIFICATION) {
                return timeline.get(i).fromStatus();
            }
        }
        return RequestStatus.IN_PROGRESS;
    }

    private void save(InformationRequest before, Lifecycle next) {
        if (!requests.update(before.id(), before.version(), next)) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed request " + before.reference() + " at the same time; reload and try again.");
        }
        // the clock may have moved (clarification, extension, identity): store the new due date
        InformationRequest reloaded = get(before.reference());
        requests.updateDueOn(reloaded.id(), deadline(reloaded).sortDate());
    }

    private void record(InformationRequest after, RequestEvent event, InformationRequest before) {
        requests.recordEvent(after.id(), event);
        events.publishEvent(new RequestChanged(
                after.reference(),
                event.type(),
                event.actor(),
                before == null ? null : json.writeValueAsString(before),
                json.writeValueAsString(after),
                event.reason()));
    }
}
