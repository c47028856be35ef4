package org.opensar.server.casework;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.opensar.server.clock.RequestDeadline;
import org.opensar.server.staff.Actor;

/**
 * Whether an action may be taken on a request now, by this person, with what they gave; if not, why, in words an
 * officer understands. A refusal for the person's role is told apart (403) from one for the request's state (409).
 */
final class ActionCheck {

    private ActionCheck() {}

    static void check(
            InformationRequest request,
            RequestAction action,
            String reason,
            LocalDate on,
            LocalDate today,
            Actor actor,
            Supplier<RequestDeadline> deadline) {
        if (request.status().closed()) {
            throw new ActionNotAllowedException(
                    "This request is closed (" + request.status().label().toLowerCase()
                            + "): nothing more can be done to it.",
                    false);
        }
        if (!action.from().contains(request.status())) {
            throw new ActionNotAllowedException(
                    "'" + action.label() + "' is not possible while the request is "
                            + request.status().label().toLowerCase() + ".",
                    false);
        }
        if (!action.appliesTo(request)) {
            throw new ActionNotAllowedException(notApplicable(request, action), false);
        }
        if (!mayTake(actor, action, request)) {
            throw new ActionNotAllowedException(
                    "'" + action.label() + "' needs an " + action.requiredRole().label() + ".", true);
        }
        if (action.reasonRequired() && reason == null) {
            throw new ActionNotAllowedException(
                    "'" + action.label() + "' needs a reason, recorded for the file.", false);
        }
        if (on.isAfter(today)) {
            throw new ActionNotAllowedException("The date " + on + " is in the future.", false);
        }
        if (on.isBefore(request.receivedOn())) {
            throw new ActionNotAllowedException("The date " + on + " is before the request was received.", false);
        }
        if (action == RequestAction.RECORD_CLARIFICATION_ANSWER
                && on.isBefore(request.openClarification().orElseThrow().askedOn())) {
            throw new ActionNotAllowedException("The answer cannot come before the question was asked.", false);
        }
        if (action == RequestAction.NOTIFY_EXTENSION) {
            LocalDate noticeBy = deadline.get().extensionNoticeBy();
            if (noticeBy != null && on.isAfter(noticeBy)) {
                throw new ActionNotAllowedException(
                        "Too late to extend: the requester had to be told by " + noticeBy
                                + ", before the first month ended.",
                        false);
            }
        }
    }

    /**
     * Staff by role; outside staff, the requester may answer their own clarification, and the public form may
     * route a third-party CCTV request it has just received to the council's separate process.
     */
    private static boolean mayTake(Actor actor, RequestAction action, InformationRequest request) {
        if (actor.holds(action.requiredRole())) {
            return true;
        }
        return switch (action) {
            case RECORD_CLARIFICATION_ANSWER ->
                actor.isRequesterOf(request.reference().value());
            case ROUTE_ELSEWHERE ->
                actor.equals(Actor.PUBLIC_FORM)
                        && request.type() == RequestType.THIRD_PARTY_CCTV
                        && request.status() == RequestStatus.RECEIVED;
            default -> false;
        };
    }

    private static String notApplicable(InformationRequest request, RequestAction action) {
        if (action == RequestAction.NOTIFY_EXTENSION && request.extended()) {
            return "The request has already been extended; it can be extended only once.";
        }
        return "'" + action.label() + "' does not apply to a "
                + request.type().label().toLowerCase() + ".";
    }
}
