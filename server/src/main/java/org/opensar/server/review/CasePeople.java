package org.opensar.server.review;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDescriptionReader;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.register.PeopleRegister;
import org.opensar.engine.register.RegisterBuilder;
import org.opensar.engine.register.RegisterSource;
import org.opensar.engine.register.RegisteredPerson;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.CouncilStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * "People in this file": the case file's people register, built by the engine when processing ends (from case.json,
 * the council's staff and what every document says of the people it names) and confirmed by the officer. Every change
 * (rename, category, relationship, known to the requester, merge, split, add) is audited with before and after, and
 * proposes the case's redactions again at once from the stored text, keeping every officer's own decision.
 */
@Service
class CasePeople {

    private final Workbench workbench;
    private final CasePeopleRepository people;
    private final RegisterProposals proposals;
    private final CouncilStaff staff;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    CasePeople(
            Workbench workbench,
            CasePeopleRepository people,
            RegisterProposals proposals,
            CouncilStaff staff,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.workbench = workbench;
        this.people = people;
        this.proposals = proposals;
        this.staff = staff;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What an officer may change of a person. */
    public enum Change {
        RENAME,
        CATEGORY,
        RELATIONSHIP,
        KNOWN_TO_REQUESTER,
        MERGE,
        SPLIT
    }

    /** Builds the register of a case file whose every document is processed, and proposes its redactions with it. */
    @Transactional
    void build(CaseFileSummary caseFile) {
        CaseDescription base = description(caseFile);
        PeopleRegister register = RegisterBuilder.build(base, staff.members(), people.sightings(caseFile.id()));
        people.replaceAll(caseFile.id(), register.people());
        proposals.rerun(caseFile.id(), register.describe(base));
    }

    public List<CasePerson> people(CaseFileSummary caseFile) {
        return people.people(caseFile.id());
    }

    /** Applies one change to one person; {@code value} is the new name, category, relationship, "true"/"false", the
     * id of the person merged into this one, or the alias split off. Returns what the proposals became. */
    @Transactional
    public RegisterProposals.Rerun change(CaseReference reference, long id, Change change, String value, Actor actor) {
        CaseFileSummary caseFile = editable(reference);
        CasePerson before = person(caseFile.id(), id);
        String given = value == null ? "" : value.strip();
        RegisteredPerson person = before.person();
        RegisteredPerson after = switch (change) {
            case RENAME -> person.renamed(required(given, "the new name"));
            case CATEGORY -> person.withCategory(category(given));
            case RELATIONSHIP -> person.withRelationship(given);
            case KNOWN_TO_REQUESTER -> person.knownToRequester(Boolean.parseBoolean(given));
            case MERGE -> merge(caseFile.id(), id, person, given);
            case SPLIT -> split(caseFile.id(), person, required(given, "the alias to split off"), actor);
        };
        people.update(id, after, actor.username(), clock.instant());
        record(reference, actor, "REGISTER_" + change, before, new CasePerson(id, after));
        return rerun(caseFile);
    }

    /** Adds a person the engine did not find. */
    @Transactional
    public RegisterProposals.Rerun add(
            CaseReference reference,
            String name,
            String relationship,
            PersonCategory category,
            boolean known,
            Actor actor) {
        CaseFileSummary caseFile = editable(reference);
        RegisteredPerson person = new RegisteredPerson(
                required(name, "the person's name"),
                List.of(),
                relationship,
                category,
                known,
                RegisterSource.OFFICER,
                true,
                List.of("added by " + actor.username()),
                0);
        long id = people.insert(caseFile.id(), person, actor.username(), clock.instant());
        record(reference, actor, "REGISTER_PERSON_ADDED", null, new CasePerson(id, person));
        return rerun(caseFile);
    }

    private RegisteredPerson merge(UUID caseFile, long id, RegisteredPerson person, String otherId) {
        long other;
        try {
            other = Long.parseLong(otherId);
        } catch (NumberFormatException e) {
            throw new CaseFileRefusedException("Choose the person to merge into this one.");
        }
        if (other == id) {
            throw new CaseFileRefusedException("A person cannot be merged with themselves.");
        }
        RegisteredPerson merged = person.mergedWith(person(caseFile, other).person());
        people.delete(other);
        return merged;
    }

    private RegisteredPerson split(UUID caseFile, RegisteredPerson person, String alias, Actor actor) {
        if (!person.aliases().contains(alias)) {
            throw new CaseFileRefusedException("'" + alias + "' is not one of " + person.name() + "'s names.");
        }
        people.insert(
                caseFile,
                new RegisteredPerson(
                        alias,
                        List.of(),
                        "",
                        PersonCategory.OTHER,
                        false,
                        RegisterSource.OFFICER,
                        true,
                        List.of("split from " + person.name() + " by " + actor.username()),
                        0),
                actor.username(),
                clock.instant());
        return person.without(alias);
    }

    private RegisterProposals.Rerun rerun(CaseFileSummary caseFile) {
        List<RegisteredPerson> register =
                people.people(caseFile.id()).stream().map(CasePerson::person).toList();
        return proposals.rerun(caseFile.id(), new PeopleRegister(register).describe(description(caseFile)));
    }

    /** The case.json of the case file, or only its subject's name when it cannot be read any more. */
    private static CaseDescription description(CaseFileSummary caseFile) {
        try {
            return CaseDescriptionReader.read(Path.of(caseFile.folder(), "case.json"));
        } catch (CaseFileException e) {
            throw new CaseFileRefusedException("The case file's case.json cannot be read: " + e.getMessage());
        }
    }

    private CaseFileSummary editable(CaseReference reference) {
        Workbench.OpenedCaseFile opened = workbench.open(reference);
        if (!opened.editable()) {
            throw new CaseFileRefusedException("The people register cannot be changed while the request is "
                    + opened.request().status().label().toLowerCase() + ".");
        }
        if (opened.caseFile().status() != CaseFileStatus.PROCESSED) {
            throw new CaseFileRefusedException("The case file is still being processed.");
        }
        return opened.caseFile();
    }

    private CasePerson person(UUID caseFile, long id) {
        return people.find(caseFile, id)
                .orElseThrow(() -> new CaseFileRefusedException("There is no such person in this case file."));
    }

    private static PersonCategory category(String value) {
        try {
            return PersonCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new CaseFileRefusedException("Choose a category.");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new CaseFileRefusedException("Give " + what + ".");
        }
        return value.strip();
    }

    private void record(CaseReference reference, Actor actor, String action, Object before, Object after) {
        events.publishEvent(ReviewRecorded.of(reference, actor, action, before, after, null, json));
    }
}
