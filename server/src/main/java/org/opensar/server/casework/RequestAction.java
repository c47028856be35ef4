package org.opensar.server.casework;

import static org.opensar.server.casework.RequestStatus.APPROVED_FOR_RELEASE;
import static org.opensar.server.casework.RequestStatus.AWAITING_IDENTITY;
import static org.opensar.server.casework.RequestStatus.CLARIFICATION_REQUESTED;
import static org.opensar.server.casework.RequestStatus.IN_PROGRESS;
import static org.opensar.server.casework.RequestStatus.NOTHING_HELD;
import static org.opensar.server.casework.RequestStatus.READY_FOR_QA;
import static org.opensar.server.casework.RequestStatus.RECEIVED;
import static org.opensar.server.casework.RequestStatus.REFUSED;
import static org.opensar.server.casework.RequestStatus.RESPONDED;
import static org.opensar.server.casework.RequestStatus.ROUTED_ELSEWHERE;
import static org.opensar.server.casework.RequestStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import org.opensar.server.staff.Role;

/**
 * What staff can do to a request: the lifecycle as one table. Each action names the statuses it may be taken
 * from, the status it leads to (null: back to where the request was before the clarification, or unchanged),
 * who may take it, and whether a reason must be recorded.
 */
public enum RequestAction {
    REQUEST_IDENTITY(
            "Ask for identity or authority evidence", Role.IG_OFFICER, false, AWAITING_IDENTITY, RECEIVED, IN_PROGRESS),
    REQUEST_CLARIFICATION(
            "Ask the requester to clarify",
            Role.IG_OFFICER,
            true,
            CLARIFICATION_REQUESTED,
            RECEIVED,
            AWAITING_IDENTITY,
            IN_PROGRESS),
    RECORD_CLARIFICATION_ANSWER("Record the requester's answer", Role.IG_OFFICER, true, null, CLARIFICATION_REQUESTED),
    START_WORK("Start work", Role.IG_OFFICER, false, IN_PROGRESS, RECEIVED),
    NOTIFY_EXTENSION(
            "Extend and notify the requester",
            Role.IG_MANAGER,
            true,
            null,
            RECEIVED,
            AWAITING_IDENTITY,
            CLARIFICATION_REQUESTED,
            IN_PROGRESS),
    SEND_FOR_QA("Send for quality check", Role.IG_OFFICER, false, READY_FOR_QA, IN_PROGRESS),
    RETURN_FROM_QA("Return to the officer", Role.IG_MANAGER, true, IN_PROGRESS, READY_FOR_QA, APPROVED_FOR_RELEASE),
    APPROVE_AND_RESPOND("Approve and record the response as sent", Role.IG_MANAGER, false, RESPONDED, READY_FOR_QA),
    APPROVE_FOR_RELEASE(
            "Approve the disclosure bundle for release", Role.IG_MANAGER, false, APPROVED_FOR_RELEASE, READY_FOR_QA),
    RELEASE("Release the disclosure bundle", Role.IG_OFFICER, false, RESPONDED, APPROVED_FOR_RELEASE),
    REFUSE(
            "Refuse as manifestly unfounded or excessive",
            Role.IG_MANAGER,
            true,
            REFUSED,
            RECEIVED,
            AWAITING_IDENTITY,
            CLARIFICATION_REQUESTED,
            IN_PROGRESS,
            READY_FOR_QA,
            APPROVED_FOR_RELEASE),
    RECORD_NOTHING_HELD("Record that nothing is held", Role.IG_OFFICER, true, NOTHING_HELD, IN_PROGRESS, READY_FOR_QA),
    WITHDRAW(
            "Record that the requester withdrew",
            Role.IG_OFFICER,
            true,
            WITHDRAWN,
            RECEIVED,
            AWAITING_IDENTITY,
            CLARIFICATION_REQUESTED,
            IN_PROGRESS,
            READY_FOR_QA,
            APPROVED_FOR_RELEASE),
    ROUTE_ELSEWHERE("Route to another process", Role.IG_OFFICER, true, ROUTED_ELSEWHERE, RECEIVED, AWAITING_IDENTITY),
    RECORD_FEE_RECEIVED(
            "Record that the fee was paid",
            Role.IG_OFFICER,
            false,
            null,
            RECEIVED,
            AWAITING_IDENTITY,
            CLARIFICATION_REQUESTED,
            IN_PROGRESS);

    private final String label;
    private final Role requiredRole;
    private final boolean reasonRequired;
    private final RequestStatus to;
    private final Set<RequestStatus> from;

    RequestAction(String label, Role requiredRole, boolean reasonRequired, RequestStatus to, RequestStatus... from) {
        this.label = label;
        this.requiredRole = requiredRole;
        this.reasonRequired = reasonRequired;
        this.to = to;
        this.from = EnumSet.of(from[0], from);
    }

    public String label() {
        return label;
    }

    public Role requiredRole() {
        return requiredRole;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public Set<RequestStatus> from() {
        return from;
    }

    /** Whether the action makes sense for this request at all, whatever its status. */
    boolean appliesTo(InformationRequest request) {
        return switch (this) {
            case REQUEST_IDENTITY -> request.type().subjectAccess();
            case NOTIFY_EXTENSION -> !request.extended() && request.type().extendable();
            case RECORD_FEE_RECEIVED -> request.type().subjectAccess() && request.feeReceivedOn() == null;
            default -> true;
        };
    }

    /** Whether it may be taken now. */
    public boolean allowedFor(InformationRequest request) {
        return from.contains(request.status()) && appliesTo(request);
    }

    /** The status after the action. */
    RequestStatus target(InformationRequest request, RequestStatus beforeClarification) {
        if (this == RECORD_CLARIFICATION_ANSWER) {
            return beforeClarification;
        }
        return to == null ? request.status() : to;
    }
}
