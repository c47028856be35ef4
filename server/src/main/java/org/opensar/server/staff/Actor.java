package org.opensar.server.staff;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in member of staff doing something, as the audit log and the lifecycle rules see them. */
public record Actor(String username, Set<Role> roles) {

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
