package org.opensar.engine;

import java.util.Locale;

/** How a person reads a value of one of the engine's enums on a page or in a sentence: "nhs number", "court". */
public final class EnumLabels {

    private EnumLabels() {}

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
