package org.opensar.server.publicservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.opensar.server.casework.CaseReference;

/**
 * Which request the person in this browser session may see: the one they have just made, or one they signed in
 * to with its reference and a one-time code. Signing in gives the session a new id (no session fixation).
 */
final class RequesterSession {

    private static final String SIGNED_IN = "opensar.public.requester";

    private RequesterSession() {}

    static void signIn(HttpServletRequest http, CaseReference reference) {
        http.changeSessionId();
        http.getSession().setAttribute(SIGNED_IN, reference.value());
    }

    static Optional<CaseReference> signedIn(HttpSession session) {
        Object reference = session == null ? null : session.getAttribute(SIGNED_IN);
        return reference == null ? Optional.empty() : Optional.of(new CaseReference(reference.toString()));
    }

    static void signOut(HttpSession session) {
        session.removeAttribute(SIGNED_IN);
    }
}
