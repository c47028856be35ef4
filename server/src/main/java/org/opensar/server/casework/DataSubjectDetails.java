package org.opensar.server.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The person the information is about: the requester themselves, or someone they act for. Aliases and the
 * identifiers the council uses (case or account numbers) help find their records.
 */
public record DataSubjectDetails(
        String name, LocalDate dateOfBirth, List<String> aliases, List<String> councilIdentifiers) {

    public DataSubjectDetails {
        Objects.requireNonNull(name, "data subject name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        councilIdentifiers = councilIdentifiers == null ? List.of() : List.copyOf(councilIdentifiers);
    }
}
