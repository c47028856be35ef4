package org.opensar.engine.register;

import java.util.ArrayList;
import java.util.List;
import org.opensar.engine.casefile.CaseDescription;

/**
 * Who is who in one case file, the data subject apart: every person with their names, relationship, category and
 * evidence. Immutable; an officer's change gives a new register ({@link RegisterChanges}).
 */
public record PeopleRegister(List<RegisteredPerson> people) {

    public PeopleRegister {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /**
     * The case description detection reads: the data subject and reference of {@code base}, the register's people, and
     * the names the requester knows (those of {@code base} and everyone the register marks known).
     */
    public CaseDescription describe(CaseDescription base) {
        List<String> known = new ArrayList<>(base.knownToRequester());
        for (RegisteredPerson person : people) {
            if (person.knownToRequester() && !known.contains(person.name())) {
                known.add(person.name());
            }
        }
        return new CaseDescription(
                base.reference(),
                base.subject(),
                people.stream().map(RegisteredPerson::asPerson).toList(),
                known);
    }
}
