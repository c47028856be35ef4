package org.opensar.engine.register;

import java.util.List;
import java.util.Objects;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

/**
 * One person of the register: their name and the other ways the file writes them, their relationship to the data
 * subject or their job, their category (which decides whether their name stays), whether the requester knows them,
 * where they come from, whether that is confirmed (case.json, the request, an officer), the evidence for it, and how
 * many times the documents name them in full or by title.
 */
public record RegisteredPerson(
        String name,
        List<String> aliases,
        String relationship,
        PersonCategory category,
        boolean knownToRequester,
        RegisterSource source,
        boolean confirmed,
        List<String> evidence,
        int mentions) {

    public RegisteredPerson {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person of the register needs a name");
        }
        name = name.strip();
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        relationship = relationship == null ? "" : relationship.strip();
        category = category == null ? PersonCategory.OTHER : category;
        source = source == null ? RegisterSource.DOCUMENTS : source;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An officer's new name for them; the old one stays as an alias, since the documents still write it. */
    public RegisteredPerson renamed(String newName) {
        List<String> all = new java.util.ArrayList<>(aliases);
        if (!newName.strip().equals(name) && !all.contains(name)) {
            all.add(name);
        }
        all.remove(newName.strip());
        return confirmedBy(newName, all, relationship, category, knownToRequester, evidence, mentions);
    }

    public RegisteredPerson withCategory(PersonCategory newCategory) {
        return confirmedBy(name, aliases, relationship, newCategory, knownToRequester, evidence, mentions);
    }

    public RegisteredPerson withRelationship(String newRelationship) {
        return confirmedBy(name, aliases, newRelationship, category, knownToRequester, evidence, mentions);
    }

    public RegisteredPerson knownToRequester(boolean known) {
        return confirmedBy(name, aliases, relationship, category, known, evidence, mentions);
    }

    /** This person and {@code other} are one: their names, evidence and mentions together, this one's role. */
    public RegisteredPerson mergedWith(RegisteredPerson other) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(aliases);
        names.add(other.name());
        names.addAll(other.aliases());
        names.remove(name);
        List<String> together = new java.util.ArrayList<>(evidence);
        together.addAll(other.evidence());
        return confirmedBy(
                name,
                List.copyOf(names),
                relationship.isEmpty() ? other.relationship() : relationship,
                category,
                knownToRequester || other.knownToRequester(),
                together,
                mentions + other.mentions());
    }

    /** This person without the alias {@code alias}, which an officer says is someone else. */
    public RegisteredPerson without(String alias) {
        List<String> rest = aliases.stream().filter(a -> !a.equals(alias)).toList();
        return confirmedBy(name, rest, relationship, category, knownToRequester, evidence, mentions);
    }

    private RegisteredPerson confirmedBy(
            String newName,
            List<String> newAliases,
            String newRelationship,
            PersonCategory newCategory,
            boolean known,
            List<String> newEvidence,
            int newMentions) {
        return new RegisteredPerson(
                newName, newAliases, newRelationship, newCategory, known, source, true, newEvidence, newMentions);
    }

    /** As case.json lists people, for detection. */
    Person asPerson() {
        return new Person(name, aliases, relationship, category);
    }

    /** Whether this person's name stays in a disclosure: staff and professionals in their role, or known names. */
    public boolean namedInDisclosure() {
        return knownToRequester
                || category == PersonCategory.COUNCIL_STAFF
                || category == PersonCategory.EXTERNAL_PROFESSIONAL;
    }
}
