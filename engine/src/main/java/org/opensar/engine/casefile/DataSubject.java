package org.opensar.engine.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The person the records are about: their names stay in what is disclosed. */
public record DataSubject(String name, List<String> aliases, LocalDate dateOfBirth) {

    public DataSubject {
        Objects.requireNonNull(name, "subject.name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("subject.name must not be blank");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
