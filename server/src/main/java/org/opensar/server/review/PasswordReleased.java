package org.opensar.server.review;

import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/** The released package's password was given to the requester, by the method and to the recipient recorded. */
public record PasswordReleased(CaseReference request, Actor by, Given payload) implements RequestAudited {

    /** How and to whom, as the audit log keeps it. */
    public record Given(PasswordReleaseMethod method, String recipient) {}

    @Override
    public String action() {
        return "PASSWORD_RELEASED";
    }
}
