package org.opensar.server.casework;

/** Where a request is in its life. The last five are final: no action moves a request out of them. */
public enum RequestStatus {
    RECEIVED("Received", false),
    AWAITING_IDENTITY("Awaiting identity or authority", false),
    CLARIFICATION_REQUESTED("Clarification requested", false),
    IN_PROGRESS("In progress", false),
    READY_FOR_QA("Ready for quality check", false),
    APPROVED_FOR_RELEASE("Approved for release", false),
    RESPONDED("Responded", true),
    REFUSED("Refused", true),
    NOTHING_HELD("Nothing held", true),
    WITHDRAWN("Withdrawn", true),
    ROUTED_ELSEWHERE("Routed elsewhere", true);

    private final String label;
    private final boolean closed;

    RequestStatus(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return closed;
    }

    /**
     * Whether the officer may still change the review of the request's case file: while it is being worked on, not
     * while it is with the manager for the second-person check, nor once it is approved or closed.
     */
    public boolean reviewable() {
        return switch (this) {
            case RECEIVED, AWAITING_IDENTITY, CLARIFICATION_REQUESTED, IN_PROGRESS -> true;
            default -> false;
        };
    }
}
