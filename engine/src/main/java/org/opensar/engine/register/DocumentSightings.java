package org.opensar.engine.register;

import java.util.List;
import java.util.Objects;
import org.opensar.engine.detect.PersonSighting;

/** The people one document names and what it says of them ({@link org.opensar.engine.detect.PeopleFinder}). */
public record DocumentSightings(String file, List<PersonSighting> sightings) {

    public DocumentSightings {
        Objects.requireNonNull(file, "file");
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
    }
}
