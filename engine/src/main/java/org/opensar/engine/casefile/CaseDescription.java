package org.opensar.engine.casefile;

import java.util.List;
import java.util.Objects;

/**
 * What {@code case.json} says about a case: who the records are about, the people the records system knows, and
 * the names the requester gave on the form (those names may stay; those people's other details may not).
 */
public record CaseDescription(
        String reference, DataSubject subject, List<Person> people, List<String> knownToRequester) {

    public CaseDescription {
        Objects.requireNonNull(subject, "subject");
        reference = reference == null ? "" : reference;
        people = people == null ? List.of() : List.copyOf(people);
        knownToRequester = knownToRequester == null ? List.of() : List.copyOf(knownToRequester);
    }

    /** A case that knows only the data subject's name. */
    public static CaseDescription ofSubject(String name) {
        return new CaseDescription("", new DataSubject(name, List.of(), null), List.of(), List.of());
    }
}
