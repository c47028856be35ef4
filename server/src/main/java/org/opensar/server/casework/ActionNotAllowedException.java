package org.opensar.server.casework;

/** The lifecycle refuses the action: the message says why in words an officer understands. */
public final class ActionNotAllowedException extends RuntimeException {

    private final boolean roleProblem;

    ActionNotAllowedException(String message, boolean roleProblem) {
        super(message);
        this.roleProblem = roleProblem;
    }

    /** True when the action is fine but the person may not take it (403 rather than 409). */
    public boolean roleProblem() {
        return roleProblem;
    }
}
