package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

/**
 * The ways each person in the case description may be written, keyed by folded words ("donna morris", "donna",
 * "morris"; all the given names of a longer name too: "jia hui" of Jia Hui Liu). Where several people share a key the most likely owner comes first: a bare first name is the data
 * subject's, a bare surname a relative's (so "Ms Morris" the mother is redacted while "Kayleigh" stays).
 */
final class PeopleRegister {

    enum Form {
        FULL_NAME,
        ALIAS,
        FIRST_NAME,
        SURNAME
    }

    /** One way of writing one person; {@code title} is set for aliases written with one ("Ms Morris"). */
    record Entry(KnownPerson person, Form form, String title) {}

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private final int longestKey;

    PeopleRegister(CaseDescription description) {
        Set<String> known = new HashSet<>();
        description.knownToRequester().forEach(name -> known.add(key(words(name))));
        Set<String> listedPeople = new HashSet<>();
        DataSubject subject = description.subject();
        KnownPerson subjectPerson = new KnownPerson(subject.name(), true, PersonCategory.OTHER, false, "");
        addPerson(subjectPerson, subject.name(), subject.aliases());
        for (Person person : description.people()) {
            boolean knownToRequester = known.contains(key(words(person.name())))
                    || person.aliases().stream().anyMatch(alias -> known.contains(key(words(alias))));
            addPerson(
                    new KnownPerson(person.name(), false, person.category(), knownToRequester, person.relationship()),
                    person.name(),
                    person.aliases());
            listedPeople.add(key(words(person.name())));
            person.aliases().forEach(alias -> listedPeople.add(key(words(alias))));
        }
        for (String name : description.knownToRequester()) {
            if (!listedPeople.contains(key(words(name)))) {
                addPerson(new KnownPerson(name, false, PersonCategory.OTHER, true, ""), name, List.of());
            }
        }
        Comparator<Entry> likeliest = Comparator.comparingInt(PeopleRegister::rank);
        byKey.values().forEach(entries -> entries.sort(likeliest));
        longestKey = byKey.keySet().stream()
                .mapToInt(key -> key.split(" ").length)
                .max()
                .orElse(0);
    }

    List<Entry> entries(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Every key and who it may name. */
    Map<String, List<Entry>> byKey() {
        return Collections.unmodifiableMap(byKey);
    }

    boolean startsAKey(String folded) {
        return firstWords.contains(folded);
    }

    int longestKey() {
        return longestKey;
    }

    /** The one-word keys (first names, surnames, one-word aliases), for near matches. */
    Set<String> singleWordKeys() {
        Set<String> singles = new HashSet<>();
        byKey.keySet().stream().filter(k -> k.indexOf(' ') < 0).forEach(singles::add);
        return singles;
    }

    static String key(List<String> words) {
        return String.join(" ", words);
    }

    private void addPerson(KnownPerson person, String name, List<String> aliases) {
        addName(person, words(name), Form.FULL_NAME);
        aliases.forEach(alias -> addName(person, words(alias), Form.ALIAS));
    }

    private void addName(KnownPerson person, List<String> words, Form form) {
        if (words.isEmpty()) {
            return;
        }
        String title = null;
        if (Vocabulary.TITLES.contains(words.get(0)) && words.size() > 1) {
            title = words.get(0);
            words = words.subList(1, words.size());
        }
        // a one-word alias with a title ("Dr Hope", "Ms Thompson") is a surname: met without its title it is no
        // likelier theirs than anyone else's with that word ("Hope" the sister, not Dr Hope the GP)
        Form oneWord = title == null ? Form.ALIAS : Form.SURNAME;
        add(key(words), new Entry(person, words.size() == 1 ? oneWord : form, title));
        if (words.size() > 1) {
            add(words.get(words.size() - 1), new Entry(person, Form.SURNAME, title));
            if (title == null) {
                add(words.get(0), new Entry(person, Form.FIRST_NAME, null));
            }
            if (title == null && words.size() > 2) {
                add(key(words.subList(0, words.size() - 1)), new Entry(person, Form.FIRST_NAME, null));
            }
        }
    }

    private void add(String key, Entry entry) {
        List<Entry> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (entries.stream()
                .noneMatch(e -> e.person().equals(entry.person())
                        && e.form() == entry.form()
                        && Objects.equals(e.title(), entry.title()))) {
            entries.add(entry);
        }
        firstWords.add(key.split(" ", 2)[0]);
    }

    /**
     * Lower is likelier: full names first; a bare first name is the subject's, a bare surname someone else's. Of two
     * people who share a bare name, the one whose name would be redacted comes before one who stays named (a relative
     * the requester named, a member of staff): "Róisín" for a mother the requester named and a grandmother they did
     * not is taken for the grandmother, so the name is redacted unless an officer decides otherwise.
     */
    private static int rank(Entry entry) {
        boolean subject = entry.person().dataSubject();
        return switch (entry.form()) {
            case FULL_NAME, ALIAS -> 0;
            case FIRST_NAME -> subject ? 1 : staysNamed(entry.person()) ? 3 : 2;
            case SURNAME -> subject ? 4 : staysNamed(entry.person()) ? 3 : 2;
        };
    }

    private static boolean staysNamed(KnownPerson person) {
        return person.knownToRequester()
                || person.category() == PersonCategory.COUNCIL_STAFF
                || person.category() == PersonCategory.EXTERNAL_PROFESSIONAL;
    }

    static List<String> words(String name) {
        return FoldedWords.words(name);
    }
}
