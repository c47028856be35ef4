package org.opensar.engine.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.detect.Gender;
import org.opensar.engine.detect.PersonMentions;
import org.opensar.engine.detect.PersonSighting;

/**
 * Builds a case's people register: case.json's people and the names the requester gave, as confirmed; the council's
 * staff directory for anyone the documents name who works for it; and everyone else the documents say who they are,
 * each with the category their evidence weighs for. Where a document makes someone staff and another a relative,
 * the register takes the reading that redacts (the safer one) and says so in the evidence.
 */
public final class RegisterBuilder {

    /** Named in full this often with nothing said of who they are, a person still joins the register (as OTHER). */
    private static final int PLAIN_MENTIONS = 2;

    /** A redacting reading outweighed more than this many times by a job is not a conflict. */
    private static final int CONFLICT_SHARE = 4;

    private static final Set<PersonCategory> STAYS_NAMED =
            Set.of(PersonCategory.COUNCIL_STAFF, PersonCategory.EXTERNAL_PROFESSIONAL);

    private RegisterBuilder() {}

    public static PeopleRegister build(
            CaseDescription description, List<StaffMember> staff, List<DocumentSightings> documents) {
        Set<String> subject = subjectForms(description);
        String subjectFirst = key(description.subject().name()).split(" ")[0];
        Map<String, RegisteredPerson> confirmed = new LinkedHashMap<>();
        for (Person person : description.people()) {
            boolean known = description.knownToRequester().stream()
                    .anyMatch(name -> key(name).equals(key(person.name())));
            confirmed.put(key(person.name()), confirmed(person, known, RegisterSource.CASE_JSON));
            person.aliases().forEach(alias -> confirmed.putIfAbsent(key(alias), confirmed.get(key(person.name()))));
        }
        for (String name : description.knownToRequester()) {
            confirmed.putIfAbsent(
                    key(name),
                    confirmed(new Person(name, List.of(), "", PersonCategory.OTHER), true, RegisterSource.REQUEST));
        }
        Map<String, StaffMember> directory = new HashMap<>();
        staff.forEach(member -> directory.put(key(member.name()), member));

        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, Integer> confirmedMentions = new HashMap<>();
        List<Titled> titled = new ArrayList<>();
        for (DocumentSightings document : documents) {
            for (PersonSighting sighting : document.sightings()) {
                String key = key(sighting.name());
                if (subject.contains(key) || namesTheSubject(key, subjectFirst, confirmed)) {
                    continue;
                }
                if (confirmed.containsKey(key)) {
                    confirmedMentions.merge(key(confirmed.get(key).name()), 1, Integer::sum);
                } else if (sighting.name().strip().indexOf(' ') < 0) {
                    titled.add(new Titled(document.file(), sighting));
                } else {
                    candidates
                            .computeIfAbsent(
                                    key, k -> new Candidate(sighting.name().strip()))
                            .add(document.file(), sighting);
                }
            }
        }
        Map<String, List<Candidate>> bySurname = new HashMap<>();
        candidates
                .values()
                .forEach(c -> bySurname
                        .computeIfAbsent(key(Candidate.surname(c.name)), k -> new ArrayList<>())
                        .add(c));
        titled.forEach(t -> attachTitled(t, candidates, bySurname));

        List<RegisteredPerson> people = new ArrayList<>();
        for (RegisteredPerson person : new LinkedHashMap<>(byName(confirmed)).values()) {
            people.add(withMentions(person, confirmedMentions.getOrDefault(key(person.name()), 0)));
        }
        candidates.values().stream()
                .filter(c -> c.weight() > 0 || c.mentions >= PLAIN_MENTIONS || directory.containsKey(key(c.name)))
                .map(c -> decide(c, directory.get(key(c.name))))
                .sorted(Comparator.comparing(RegisteredPerson::category).thenComparing(p -> -p.mentions()))
                .forEach(people::add);
        return new PeopleRegister(people);
    }

    /** A sighting of a title and one name ("PC Wang", "Miss Mistry"), placed once every full name is known. */
    private record Titled(String file, PersonSighting sighting) {}

    /**
     * "PC Wang" joins the one person found in full with that surname whose sex the title fits; with none it is a
     * person of its own; with several it stays unresolved here, and each mention is resolved where it is written.
     */
    private static void attachTitled(
            Titled titled, Map<String, Candidate> candidates, Map<String, List<Candidate>> bySurname) {
        PersonSighting sighting = titled.sighting();
        if (sighting.title().isEmpty()) {
            return;
        }
        Gender gender = Gender.of(sighting.title());
        String surname = key(sighting.name());
        List<Candidate> fitting = bySurname.getOrDefault(surname, List.of()).stream()
                .filter(c -> c.gender.fits(gender))
                .toList();
        if (fitting.size() > 1 && sighting.category() != null) {
            // "PC Wang" of two Wangs is the one the documents make a police officer
            List<Candidate> sameRole = fitting.stream()
                    .filter(c -> c.weights.getOrDefault(sighting.category(), 0) > 0)
                    .toList();
            fitting = sameRole.isEmpty() ? fitting : sameRole;
        }
        if (fitting.size() == 1) {
            fitting.get(0).add(titled.file(), sighting);
        } else if (fitting.isEmpty()) {
            String name = sighting.title() + " " + sighting.name().strip();
            candidates.computeIfAbsent(key(name), k -> new Candidate(name)).add(titled.file(), sighting);
        }
    }

    private static RegisteredPerson decide(Candidate candidate, StaffMember member) {
        List<String> evidence = new ArrayList<>();
        if (member != null) {
            evidence.add("council staff directory: " + (member.jobTitle().isEmpty() ? "listed" : member.jobTitle()));
            evidence.addAll(candidate.evidence);
            return new RegisteredPerson(
                    candidate.name,
                    List.copyOf(candidate.aliases),
                    member.jobTitle(),
                    PersonCategory.COUNCIL_STAFF,
                    false,
                    RegisterSource.STAFF_DIRECTORY,
                    false,
                    evidence,
                    candidate.mentions);
        }
        PersonCategory best = candidate.weights.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(PersonCategory.OTHER);
        int staysWeight = STAYS_NAMED.stream()
                .mapToInt(c -> candidate.weights.getOrDefault(c, 0))
                .sum();
        // a relationship said once against a job said a hundred times is a slip of one document ("the corporate
        // parent (Amrit Khan)"); said as often as a quarter of the job's, the register takes the reading that redacts
        PersonCategory redacting = candidate.weights.entrySet().stream()
                .filter(e -> !STAYS_NAMED.contains(e.getKey())
                        && e.getValue() >= 3
                        && e.getValue() * CONFLICT_SHARE >= staysWeight)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        if (staysWeight > 0 && redacting != null) {
            evidence.add("the documents disagree (" + describe(candidate) + "): taken as "
                    + redacting.label()
                    + ", so the name is redacted unless an officer decides otherwise");
            best = redacting;
        }
        evidence.addAll(candidate.evidence);
        if (evidence.isEmpty()) {
            evidence.add("named " + candidate.mentions + " times, with nothing said of who they are");
        }
        String relationship = candidate.relationships.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
        return new RegisteredPerson(
                candidate.name,
                List.copyOf(candidate.aliases),
                relationship,
                best,
                false,
                RegisterSource.DOCUMENTS,
                false,
                evidence,
                candidate.mentions);
    }

    private static String describe(Candidate candidate) {
        return candidate.weights.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static RegisteredPerson confirmed(Person person, boolean known, RegisterSource source) {
        return new RegisteredPerson(
                person.name(),
                person.aliases(),
                person.relationship(),
                person.category(),
                known,
                source,
                true,
                List.of(source.label()),
                0);
    }

    private static RegisteredPerson withMentions(RegisteredPerson person, int mentions) {
        return new RegisteredPerson(
                person.name(),
                person.aliases(),
                person.relationship(),
                person.category(),
                person.knownToRequester(),
                person.source(),
                person.confirmed(),
                person.evidence(),
                mentions);
    }

    /** Each confirmed person once, under their own name (aliases point at the same record). */
    private static Map<String, RegisteredPerson> byName(Map<String, RegisteredPerson> confirmed) {
        Map<String, RegisteredPerson> once = new LinkedHashMap<>();
        confirmed.values().forEach(p -> once.putIfAbsent(key(p.name()), p));
        return once;
    }

    /**
     * "Saw Ayesha", "Ayesha Purpose": a capitalised word next to the subject's first name is the subject with a word
     * of the sentence, not another person (a relative sharing the first name is listed in case.json).
     */
    private static boolean namesTheSubject(String key, String subjectFirst, Map<String, RegisteredPerson> confirmed) {
        return List.of(key.split(" ")).contains(subjectFirst) && !confirmed.containsKey(key);
    }

    private static Set<String> subjectForms(CaseDescription description) {
        Set<String> forms = new java.util.HashSet<>();
        forms.add(key(description.subject().name()));
        description.subject().aliases().forEach(alias -> forms.add(key(alias)));
        return forms;
    }

    static String key(String name) {
        return PersonMentions.fold(name);
    }
}
