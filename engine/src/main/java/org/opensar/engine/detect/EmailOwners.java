package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;

/**
 * Whose e-mail address a local part made of one name is, in the usual shapes of first name and surname
 * ("kayleigh.morris", "kmorris", "k.morris", "morrisk", trailing digits ignored: "kmorris89"; all the given names
 * joined: "jiahui.liu"). Only the data subject,
 * council staff and professionals are looked up; a shape that also fits anyone else in the case (a sister Kelly
 * Morris writes "kmorris" too) belongs to nobody, so it is not kept.
 */
final class EmailOwners {

    private final Map<String, KeepReason> owners;

    private EmailOwners(Map<String, KeepReason> owners) {
        this.owners = Map.copyOf(owners);
    }

    static EmailOwners forCase(CaseDescription description) {
        Map<String, KeepReason> owners = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        DataSubject subject = description.subject();
        for (String shape : shapes(subject.name(), subject.aliases())) {
            seen.add(shape);
            owners.put(shape, KeepReason.DATA_SUBJECT_DETAILS);
        }
        for (Person person : description.people()) {
            for (String shape : shapes(person.name(), person.aliases())) {
                if (!seen.add(shape)) {
                    shared.add(shape);
                }
                switch (person.category()) {
                    case COUNCIL_STAFF -> owners.putIfAbsent(shape, KeepReason.COUNCIL_STAFF_IN_ROLE);
                    case EXTERNAL_PROFESSIONAL -> owners.putIfAbsent(shape, KeepReason.PROFESSIONAL_IN_ROLE);
                    default -> {}
                }
            }
        }
        owners.keySet().removeAll(shared);
        return new EmailOwners(owners);
    }

    static EmailOwners none() {
        return new EmailOwners(Map.of());
    }

    /** Why the address stays, if its local part is one kept person's name. */
    Optional<KeepReason> owner(String email) {
        String local =
                TokenizedText.fold(email.substring(0, email.indexOf('@'))).replaceAll("\\d+$", "");
        return Optional.ofNullable(owners.get(local));
    }

    /** The shapes of one person's name and aliases, each once. */
    private static Set<String> shapes(String name, List<String> aliases) {
        Set<String> shapes = new HashSet<>(shapes(name));
        aliases.forEach(alias -> shapes.addAll(shapes(alias)));
        return shapes;
    }

    private static List<String> shapes(String name) {
        TokenizedText words = TokenizedText.of(name);
        int first = words.size() > 0 && Vocabulary.TITLES.contains(words.folded(0)) ? 1 : 0;
        int last = words.size() - 1;
        if (last - first < 1) {
            return List.of();
        }
        String surname = letters(words.folded(last));
        StringBuilder givenNames = new StringBuilder();
        for (int i = first; i < last; i++) {
            givenNames.append(letters(words.folded(i)));
        }
        List<String> shapes = new ArrayList<>(shapes(letters(words.folded(first)), surname));
        shapes.addAll(shapes(givenNames.toString(), surname));
        return shapes;
    }

    private static List<String> shapes(String given, String surname) {
        if (given.isEmpty() || surname.isEmpty()) {
            return List.of();
        }
        String initial = given.substring(0, 1);
        return List.of(
                given + "." + surname,
                given + "_" + surname,
                given + "-" + surname,
                given + surname,
                initial + surname,
                initial + "." + surname,
                surname + initial,
                surname + "." + given);
    }

    private static String letters(String folded) {
        return folded.replaceAll("[^a-z]", "");
    }
}
