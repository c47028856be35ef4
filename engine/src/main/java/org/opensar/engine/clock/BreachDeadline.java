package org.opensar.engine.clock;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * When a personal data breach must be notified to the ICO, in UK time.
 *
 * @param awareAt when the council became aware of the breach
 * @param due 72 clock hours later
 * @param explanation the reasoning, one plain-English line per step
 */
public record BreachDeadline(ZonedDateTime awareAt, ZonedDateTime due, List<String> explanation) {

    public BreachDeadline {
        Objects.requireNonNull(awareAt, "awareAt");
        Objects.requireNonNull(due, "due");
        explanation = List.copyOf(explanation);
    }
}
