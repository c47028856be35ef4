package org.opensar.server.identity;

/** An officer's recorded decision accepting a requester's identity or authority without the listed documents. */
public record OfficerDecision(Kind kind, OfficerAcceptance acceptance) {

    /** What the decision is about. */
    public enum Kind {
        IDENTITY,
        AUTHORITY
    }
}
