package org.opensar.server.casework;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/** The reference a request is known by, e.g. {@code SAR-2026-000042}. */
public record CaseReference(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{6}");

    public CaseReference {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a case reference (like SAR-2026-000042)");
        }
    }

    static CaseReference next(RequestType type, int year, long number) {
        return new CaseReference("%s-%d-%06d".formatted(type.referencePrefix(), year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
