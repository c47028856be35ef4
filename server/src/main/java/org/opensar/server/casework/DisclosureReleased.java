package org.opensar.server.casework;

import org.opensar.server.staff.Actor;

/**
 * Another module released the request's disclosure to the requester, inside the transaction that released it: casework
 * listens and closes the request as responded (its {@link RequestAction#RELEASE}), so the releasing module never calls
 * casework's actions itself.
 */
public interface DisclosureReleased {

    /** The request whose disclosure went out. */
    CaseReference request();

    /** Who released it: the action is checked against their roles as if they had taken it. */
    Actor by();
}
