package org.opensar.server.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An officer's recorded decision to accept identity or authority without the listed documents, for
 * example a care leaver known to their personal advisor, or evidence that is on no list.
 *
 * @param officer who decided
 * @param reason why, in words a reviewer can check; never blank
 * @param decidedOn the day of the decision
 */
public record OfficerAcceptance(String officer, String reason, LocalDate decidedOn) {

    public OfficerAcceptance {
        officer = requireText(officer, "officer");
        reason = requireText(reason, "reason");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}
