package org.opensar.engine.register;

import java.util.List;
import java.util.Objects;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

/**
 * One person of the register: their name and the other ways the file writes them, their relationship to the data
 * subject or their job, their category (which decides whether their name stays), whether the requester knows them,
 * where they come from, whether that is confirmed (case.json, the request, an officer), the evidence for it, and how
 * many times the documents name them in full or by title.
 */
public record RegisteredPerson(
        String name,
        List<String> aliases,
        String relationship,
        PersonCategory category,
        boolean knownToRequester,
        RegisterSource source,
        boolean confirmed,
        List<String> evidence,
        int mentions) {

    public RegisteredPerson {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person of the register needs a name");
        }
        name = name.strip();
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        relationship = relationship == null ? "" : relationship.strip();
        category = category == null ? PersonCategory.OTHER : category;
        source = source == null ? RegisterSource.DOCUMENTS : source;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** As case.json lists people, for detection. */
    Person asPerson() {
        return new Person(name, aliases, relationship, category);
    }

    /** Whether this person's name stays in a disclosure: staff and professionals in their role, or known names. */
    public boolean namedInDisclosure() {
        return knownToRequester
                || category == PersonCategory.COUNCIL_STAFF
                || category == PersonCategory.EXTERNAL_PROFESSIONAL;
    }
}
