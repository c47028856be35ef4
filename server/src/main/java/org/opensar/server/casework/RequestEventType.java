package org.opensar.server.casework;

/** What happened to a request: receipt, the identity decision, or one of the staff actions. */
public enum RequestEventType {
    RECEIVED("Request received"),
    IDENTITY_CONFIRMED("Identity and authority confirmed"),
    REQUEST_IDENTITY(RequestAction.REQUEST_IDENTITY),
    REQUEST_CLARIFICATION(RequestAction.REQUEST_CLARIFICATION),
    RECORD_CLARIFICATION_ANSWER(RequestAction.RECORD_CLARIFICATION_ANSWER),
    START_WORK(RequestAction.START_WORK),
    NOTIFY_EXTENSION(RequestAction.NOTIFY_EXTENSION),
    SEND_FOR_QA(RequestAction.SEND_FOR_QA),
    RETURN_FROM_QA(RequestAction.RETURN_FROM_QA),
    APPROVE_AND_RESPOND(RequestAction.APPROVE_AND_RESPOND),
    APPROVE_FOR_RELEASE(RequestAction.APPROVE_FOR_RELEASE),
    RELEASE(RequestAction.RELEASE),
    REFUSE(RequestAction.REFUSE),
    RECORD_NOTHING_HELD(RequestAction.RECORD_NOTHING_HELD),
    WITHDRAW(RequestAction.WITHDRAW),
    ROUTE_ELSEWHERE(RequestAction.ROUTE_ELSEWHERE),
    RECORD_FEE_RECEIVED(RequestAction.RECORD_FEE_RECEIVED);

    private final String label;

    RequestEventType(String label) {
        this.label = label;
    }

    RequestEventType(RequestAction action) {
        this(action.label());
    }

    static RequestEventType of(RequestAction action) {
        return valueOf(action.name());
    }

    public String label() {
        return label;
    }
}
