package org.opensar.server.staff;

import java.util.Objects;

/** A member of staff who signs in. The password hash is null for accounts that sign in only through OIDC. */
public record StaffUser(
        String username, String displayName, String email, String passwordHash, Role role, boolean enabled) {

    public StaffUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
