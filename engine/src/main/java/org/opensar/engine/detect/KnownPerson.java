package org.opensar.engine.detect;

import java.util.Objects;
import org.opensar.engine.casefile.PersonCategory;

/**
 * Someone the case description names: the data subject or a person from {@code people}, with what decides whether
 * their name stays, and how they are related to the subject ("mother"; empty when case.json does not say).
 */
public record KnownPerson(
        String name, boolean dataSubject, PersonCategory category, boolean knownToRequester, String relationship) {

    public KnownPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        relationship = relationship == null ? "" : relationship.strip();
    }
}
