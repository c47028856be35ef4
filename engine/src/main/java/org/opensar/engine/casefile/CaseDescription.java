package org.opensar.engine.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /**
     * The full names (and aliases of two words or more) of the people the requester may not be told about: neither
     * the subject, council staff nor outside professionals, and not named by the requester. Wherever the bundle
     * prints one, it is a leak; single words ("Nan", "Rose") are left to detection, which reads them in context.
     */
    public List<String> thirdPartyNames() {
        Set<String> known = knownToRequester.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return people.stream()
                .filter(p -> p.category() != PersonCategory.COUNCIL_STAFF
                        && p.category() != PersonCategory.EXTERNAL_PROFESSIONAL
                        && !known.contains(p.name().strip().toLowerCase(Locale.ROOT)))
                .flatMap(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream()))
                .filter(name -> name.strip().split("\\s+").length >= 2)
                .distinct()
                .toList();
    }

    /** A case that knows only the data subject's name. */
    public static CaseDescription ofSubject(String name) {
        return new CaseDescription("", new DataSubject(name, List.of(), null), List.of(), List.of());
    }
}
