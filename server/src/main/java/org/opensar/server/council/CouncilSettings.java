package org.opensar.server.council;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The council's details as every module reads them: the administrator's once set, until then the example council's
 * (with the leaving care contacts from OPENSAR_LEAVING_CARE_EMAIL and _PHONE where given). Read from the database
 * each time, so every node sees a change at once.
 */
@Service
public class CouncilSettings {

    private final CouncilDetailsRepository repository;
    private final CouncilProperties properties;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    CouncilSettings(
            CouncilDetailsRepository repository,
            CouncilProperties properties,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.repository = repository;
        this.properties = properties;
        this.events = events;
        this.json = json;
    }

    /** The details in force. */
    public CouncilDetails current() {
        return repository.find().map(CouncilDetailsRepository.Stored::details).orElseGet(this::seeded);
    }

    /** True until an administrator has set the council's own details: staff pages say so. */
    public boolean example() {
        return repository.find().isEmpty();
    }

    /** Who last set the details and when, once anyone has. */
    Optional<CouncilDetailsRepository.Stored> lastSet() {
        return repository.find();
    }

    /** What is wrong with each field of {@code details}, in the order of the form; empty when nothing is. */
    static Map<CouncilField, String> problems(CouncilDetails details) {
        Map<CouncilField, String> problems = new LinkedHashMap<>();
        for (CouncilField field : CouncilField.values()) {
            String problem = field.problem(details);
            if (problem != null) {
                problems.put(field, problem);
            }
        }
        return problems;
    }

    /** Sets the council's details, audited with the details before and after; refuses details with a problem. */
    @Transactional
    public void set(CouncilDetails details, Actor actor) {
        Map<CouncilField, String> problems = problems(details);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.values()));
        }
        CouncilDetails before = current();
        repository.save(details, actor.username());
        events.publishEvent(new CouncilDetailsChanged(
                actor.username(), json.writeValueAsString(before), json.writeValueAsString(details)));
    }

    private CouncilDetails seeded() {
        return CouncilDetails.EXAMPLE.withLeavingCare(properties.leavingCareEmail(), properties.leavingCarePhone());
    }
}
