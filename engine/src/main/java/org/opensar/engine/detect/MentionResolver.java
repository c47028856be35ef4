package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensar.engine.detect.PeopleRegister.Entry;
import org.opensar.engine.detect.PeopleRegister.Form;

/**
 * Decides who a first name or surname that several people of the register share is, with the cues a reader uses, in
 * this order: a relationship word next to it ("Mum (Ms Pryce)", "Ms Pryce, her mother"), the title's sex against
 * each person's (Ms, Mrs and Miss are not Marek), who of them this text names in full, and the nearest full mention
 * before it. Where the cues leave several, the register's order decides (the person whose name is redacted before
 * one whose name stays: the safer reading), and the explanation says who else it could be.
 */
final class MentionResolver {

    /** Who a mention was taken for, and why: the cue that decided, or the people it could also be. */
    record Resolution(Entry entry, String why) {}

    private final Map<KnownPerson, Gender> genders;
    private final Roles roles = Roles.instance();

    MentionResolver(PeopleRegister register) {
        // one KnownPerson per person in the register: identity is enough, and cheaper than a record's hash
        this.genders = new IdentityHashMap<>();
        register.byKey()
                .values()
                .forEach(entries -> entries.forEach(entry -> {
                    Gender said = Gender.of(entry.title());
                    if (said == Gender.UNKNOWN) {
                        said = Gender.of(entry.person().relationship());
                    }
                    genders.merge(entry.person(), said, (a, b) -> a == Gender.UNKNOWN ? b : a);
                }));
    }

    /**
     * Who of {@code candidates} (the register's order, likeliest first) the words {@code first..last} name;
     * {@code fullMentions} gives, for each person this text names in full, where it does so.
     */
    Resolution resolve(
            TokenizedText text, int first, int last, List<Entry> candidates, Map<KnownPerson, List<Integer>> full) {
        Resolution found = resolveAmong(text, first, last, candidates, full);
        Entry titled = NameCues.titleBefore(text, first)
                ? titledAs(found.entry().person(), text.folded(first - 1), candidates)
                : null;
        return titled == null ? found : new Resolution(titled, found.why());
    }

    /** The person's entry written with this title ("Ms Morris" of Donna Morris), or null. */
    private static Entry titledAs(KnownPerson person, String title, List<Entry> candidates) {
        return candidates.stream()
                .filter(e -> e.person() == person && title.equals(e.title()))
                .findFirst()
                .orElse(null);
    }

    private Resolution resolveAmong(
            TokenizedText text, int first, int last, List<Entry> candidates, Map<KnownPerson, List<Integer>> full) {
        List<Entry> left = distinctPeople(candidates);
        boolean titled = NameCues.titleBefore(text, first);
        String title = titled ? text.folded(first - 1) : "";
        if (titled) {
            // "Ms Thompson" is nobody's first name; "PC Wang" and "Dr Hope" are a police officer's and a doctor's
            left = narrowed(left, e -> e.form() != Form.FIRST_NAME);
            Optional<Roles.Role> role = roles.startingWith(List.of(title));
            if (role.isPresent()) {
                left = narrowed(left, e -> e.person().category() == role.get().category());
            }
        }
        if (left.size() < 2) {
            return new Resolution(left.get(0), titled ? "the title '" + text.word(first - 1) + "' fits only them" : "");
        }
        Optional<String> word = relationshipBeside(text, first, last);
        if (word.isPresent()) {
            String relationship = roles.startingWith(List.of(word.get()))
                    .map(Roles.Role::relationship)
                    .orElse("");
            List<Entry> related = left.stream()
                    .filter(e ->
                            !relationship.isEmpty() && e.person().relationship().contains(relationship))
                    .toList();
            if (!related.isEmpty()) {
                return decided(related, left, "'" + word.get() + "' next to it");
            }
        }
        if (titled) {
            Gender said = Gender.of(title);
            List<Entry> fitting = left.stream()
                    .filter(e ->
                            genders.getOrDefault(e.person(), Gender.UNKNOWN).fits(said))
                    .toList();
            if (!fitting.isEmpty() && fitting.size() < left.size()) {
                left = fitting;
                if (left.size() == 1) {
                    return new Resolution(left.get(0), "the title '" + text.word(first - 1) + "' fits only them");
                }
            }
        }
        // a bare first name the data subject shares is theirs unless a relationship word or title says otherwise:
        // which of the two a document names in full, or last, says little, since every document names the subject
        Optional<Entry> subject =
                left.stream().filter(e -> e.person().dataSubject()).findFirst();
        if (subject.isPresent()) {
            List<String> others = new ArrayList<>();
            left.stream()
                    .filter(e -> e != subject.get())
                    .forEach(e -> others.add(e.person().name()));
            return new Resolution(
                    subject.get(), "the data subject's first name (could also be " + String.join(" or ", others) + ")");
        }
        List<Entry> named =
                left.stream().filter(e -> full.containsKey(e.person())).toList();
        // which of them a document names in full, or last, is a weak cue: it may choose among people whose names are
        // all
        // redacted, never make a shared name stay ("Rohan" the father, in a document whose header names Rohan Patel
        // the team manager)
        boolean sameOutcome =
                left.stream().map(e -> staysNamed(e.person())).distinct().count() == 1;
        if (named.size() == 1 && (sameOutcome || !staysNamed(named.get(0).person()))) {
            return decided(named, left, "the only one of them this document names in full");
        }
        if (named.size() > 1) {
            Entry nearest = null;
            int closest = -1;
            for (Entry entry : named) {
                for (int at : full.get(entry.person())) {
                    if (at < text.start(first) && at > closest) {
                        closest = at;
                        nearest = entry;
                    }
                }
            }
            if (nearest != null && (sameOutcome || !staysNamed(nearest.person()))) {
                return decided(List.of(nearest), left, "the nearest full name before it");
            }
        }
        List<Entry> redacted =
                left.stream().filter(e -> !staysNamed(e.person())).toList();
        List<Entry> safer = redacted.isEmpty() ? left : redacted;
        Entry safest = safer.stream()
                .filter(e -> titled && titledAs(e.person(), title, candidates) != null)
                .findFirst()
                .orElse(safer.get(0));
        List<String> others = new ArrayList<>();
        left.stream()
                .filter(e -> e != safest)
                .forEach(e -> others.add(e.person().name()));
        return new Resolution(
                safest, "could also be " + String.join(" or ", others) + ": taken as the reading that redacts");
    }

    private static List<Entry> narrowed(List<Entry> entries, java.util.function.Predicate<Entry> keep) {
        List<Entry> kept = entries.stream().filter(keep).toList();
        return kept.isEmpty() ? entries : kept;
    }

    private static boolean staysNamed(KnownPerson person) {
        return person.knownToRequester()
                || person.category() == org.opensar.engine.casefile.PersonCategory.COUNCIL_STAFF
                || person.category() == org.opensar.engine.casefile.PersonCategory.EXTERNAL_PROFESSIONAL;
    }

    private static Resolution decided(List<Entry> chosen, List<Entry> all, String cue) {
        return new Resolution(chosen.get(0), cue);
    }

    /** One entry per person, in the register's order; never the data subject's bare surname (see the recognizer). */
    private static List<Entry> distinctPeople(List<Entry> candidates) {
        Set<KnownPerson> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Entry> people = new ArrayList<>();
        for (Entry entry : candidates) {
            boolean subjectsSurname =
                    entry.form() == Form.SURNAME && entry.person().dataSubject();
            if (entry.form() != Form.FULL_NAME && !subjectsSurname && seen.add(entry.person())) {
                people.add(entry);
            }
        }
        return people.isEmpty() ? candidates.subList(0, 1) : people;
    }

    /** "Mum (Ms Pryce)", "her brother Marek", "Ms Pryce (Mum)", "Ms Pryce, her mother": the relationship word. */
    private Optional<String> relationshipBeside(TokenizedText text, int first, int last) {
        int before = NameCues.titleBefore(text, first) ? first - 2 : first - 1;
        if (before >= 0 && onlyJoiners(text, text.end(before), text.start(before + 1))) {
            Optional<String> word = relationship(text.folded(before));
            if (word.isPresent()) {
                return word;
            }
        }
        for (int after = last + 1; after <= last + 2 && after < text.size(); after++) {
            if (!onlyJoiners(text, text.end(after - 1), text.start(after))) {
                break;
            }
            Optional<String> word = relationship(text.folded(after));
            if (word.isPresent()) {
                return word;
            }
            if (!Set.of("her", "his", "their", "the").contains(text.folded(after))) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> relationship(String folded) {
        return Vocabulary.RELATIONSHIP_WORDS.contains(folded) ? Optional.of(folded) : Optional.empty();
    }

    /** Only spaces, an opening or closing bracket or a comma between two words. */
    private static boolean onlyJoiners(TokenizedText text, int from, int to) {
        String between = text.text().substring(from, to);
        return between.length() <= 4 && between.replaceAll("[\\s(),]", "").isEmpty() && between.indexOf('\n') < 0;
    }
}
