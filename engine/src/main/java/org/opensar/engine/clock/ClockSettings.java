package org.opensar.engine.clock;

/**
 * The choices the law leaves to the council (rules.md §2).
 *
 * @param sameDayClarificationCountsOneDay whether a clarification asked and answered on the same day
 *     stops the SAR clock for that day (default: it does, as the statute reads literally)
 */
public record ClockSettings(boolean sameDayClarificationCountsOneDay) {

    public static ClockSettings defaults() {
        return new ClockSettings(true);
    }
}
