package org.opensar.server.casework;

import java.util.Optional;
import org.opensar.server.staff.Actor;

/**
 * A rule another module adds to the lifecycle: whether an action may be taken on a request given what that module
 * knows (for example that a case file is still in review, or that the person approving is the one who sent it
 * for approval). The refusal, in words an officer understands, stops the
 * action and keeps it off the request page.
 */
public interface ActionGuard {

    Optional<String> refusal(InformationRequest request, RequestAction action, Actor actor);
}
