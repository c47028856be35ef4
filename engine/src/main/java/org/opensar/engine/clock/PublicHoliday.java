package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.Objects;

/** One public (bank) holiday in one nation, with the readable name used in explanations. */
public record PublicHoliday(LocalDate date, Nation nation, String name) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a public holiday needs a name");
        }
    }
}
