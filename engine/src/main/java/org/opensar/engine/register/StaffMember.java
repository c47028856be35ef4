package org.opensar.engine.register;

import java.util.Objects;

/** A member of the council's staff, from its directory: their name, job title and work e-mail (either may be empty). */
public record StaffMember(String name, String jobTitle, String email) {

    public StaffMember {
        Objects.requireNonNull(name, "name");
        jobTitle = jobTitle == null ? "" : jobTitle.strip();
        email = email == null ? "" : email.strip();
    }
}
