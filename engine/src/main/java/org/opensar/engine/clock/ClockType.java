package org.opensar.engine.clock;

import java.util.Arrays;
import java.util.Locale;

/** The clocks {@code bin/opensar deadline --type} can run. */
public enum ClockType {
    SAR,
    FOI,
    EIR,
    BREACH,
    CCTV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClockType fromId(String id) {
        return Arrays.stream(values())
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a type"));
    }
}
