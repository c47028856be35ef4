package org.opensar.engine.clock;

import java.util.Arrays;

/** The parts of the UK with their own public holidays; the id is the one GOV.UK's data uses. */
public enum Nation {
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String id;
    private final String displayName;

    Nation(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The nation with this id, e.g. {@code scotland}; throws IllegalArgumentException for any other word. */
    public static Nation fromId(String id) {
        return Arrays.stream(values())
                .filter(n -> n.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a nation (expected one of "
                        + String.join(
                                ", ", Arrays.stream(values()).map(Nation::id).toList()) + ")"));
    }
}
