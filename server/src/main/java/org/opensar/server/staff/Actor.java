package org.opensar.server.staff;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is doing something, as the audit log and the lifecycle rules see them: a signed-in member of staff, or
 * (holding no role) the public form or a requester signed in with a one-time code.
 */
public record Actor(String username, Set<Role> roles) {

    /** The public request forms: they may receive a request, nothing more. */
    public static final Actor PUBLIC_FORM = new Actor("public form", Set.of());

    private static final String REQUESTER_PREFIX = "requester of ";

    /** The requester of this request (reference), signed in on their own page with a one-time code. */
    public static Actor requester(String reference) {
        return new Actor(REQUESTER_PREFIX + reference, Set.of());
    }

    /** Whether this is the requester of the request with this reference. */
    public boolean isRequesterOf(String reference) {
        return roles.isEmpty() && username.equals(REQUESTER_PREFIX + reference);
    }

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Actor(authentication.getName(), roles);
    }

    /** Whether this person holds the role, a manager counting as an officer too. */
    public boolean holds(Role role) {
        return roles.stream().anyMatch(held -> held.includes(role));
    }
}
