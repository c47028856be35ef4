package org.opensar.engine.detect;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.CaseDescription;

/**
 * Which written names are one person's, so that an officer can decide on every mention of a person at once: "Donna
 * Morris", "Donna", "Ms Morris" and her alias "Donna Pryce" are the mother's when case.json lists her so. A form is
 * counted as hers only when it can name nobody else the case lists (besides the data subject, whose name is never
 * redacted): two Morris relatives leave "Morris" out of both.
 */
public final class PersonMentions {

    private final PeopleRegister register;

    public PersonMentions(CaseDescription description) {
        this.register = new PeopleRegister(description);
    }

    /**
     * The folded forms ({@link #fold}) that name the same person as {@code mention} and no one else; empty when the
     * mention names no listed person, or could name several.
     */
    public Set<String> sameAs(String mention) {
        Set<KnownPerson> named = others(register.entries(fold(mention)));
        if (named.size() != 1) {
            return Set.of();
        }
        return register.byKey().entrySet().stream()
                .filter(e -> others(e.getValue()).equals(named))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A written name as {@link #sameAs} compares names: folded words, without a leading title ("Ms", "Dr"). */
    public static String fold(String name) {
        List<String> words = PeopleRegister.words(name);
        if (words.size() > 1 && Vocabulary.TITLES.contains(words.get(0))) {
            words = words.subList(1, words.size());
        }
        return PeopleRegister.key(words);
    }

    private static Set<KnownPerson> others(List<PeopleRegister.Entry> entries) {
        return entries.stream()
                .map(PeopleRegister.Entry::person)
                .filter(p -> !p.dataSubject())
                .collect(Collectors.toSet());
    }
}
