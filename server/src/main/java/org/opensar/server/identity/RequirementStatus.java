package org.opensar.server.identity;

/** Where a requirement stands after the check. */
public enum RequirementStatus {
    ESTABLISHED,
    MISSING,
    NOT_NEEDED;

    /** True unless something is still missing. */
    public boolean isMet() {
        return this != MISSING;
    }
}
