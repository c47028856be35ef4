package org.opensar.engine.casefile;

import java.util.List;
import java.util.Objects;

/** Someone other than the data subject who appears in the records: a third party unless their role says otherwise. */
public record Person(String name, List<String> aliases, String relationship, PersonCategory category) {

    public Person {
        Objects.requireNonNull(name, "person.name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        category = category == null ? PersonCategory.OTHER : category;
    }
}
