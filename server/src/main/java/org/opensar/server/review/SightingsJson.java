package org.opensar.server.review;

import java.util.List;
import org.opensar.engine.detect.PersonSighting;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The people a document names, as stored beside its text (case_document.people) for building the register. */
final class SightingsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<PersonSighting>> LIST = new TypeReference<>() {};

    private SightingsJson() {}

    static String write(List<PersonSighting> sightings) {
        return JSON.writeValueAsString(sightings);
    }

    static List<PersonSighting> read(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, LIST);
    }
}
