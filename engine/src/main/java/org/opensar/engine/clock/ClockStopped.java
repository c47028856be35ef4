package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A clock waiting for the answer to a clarification.
 *
 * @param since the day the clock stopped
 * @param daysUsed the days of the period used before it stopped: calendar days for a SAR, working days
 *     for FOI and EIR (which start again from the answer)
 */
public record ClockStopped(LocalDate since, long daysUsed) {

    public ClockStopped {
        Objects.requireNonNull(since, "since");
        if (daysUsed < 0) {
            throw new IllegalArgumentException("days used cannot be negative: " + daysUsed);
        }
    }
}
