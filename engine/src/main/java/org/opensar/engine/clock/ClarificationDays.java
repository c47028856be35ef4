package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The days a SAR clock stood still for answered clarifications: from the question to the answer, both
 * inclusive, only on or after the start, and each day once however many clarifications overlap it.
 */
final class ClarificationDays {

    private static final Comparator<Clarification> IN_ORDER = Comparator.comparing(Clarification::askedOn)
            .thenComparing(c -> c.answeredOn().orElse(LocalDate.MAX));

    private final NavigableSet<LocalDate> days;

    private ClarificationDays(NavigableSet<LocalDate> days) {
        this.days = Collections.unmodifiableNavigableSet(days);
    }

    /** Counts the days of the answered clarifications, adding one line per clarification. */
    static ClarificationDays count(
            List<Clarification> clarifications, LocalDate start, ClockSettings settings, List<String> explanation) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        for (Clarification clarification : clarifications.stream()
                .filter(Clarification::isAnswered)
                .sorted(IN_ORDER)
                .toList()) {
            LocalDate asked = clarification.askedOn();
            LocalDate answered = clarification.answeredOn().orElseThrow();
            String said = clarification.inWords() + ": ";
            if (answered.isBefore(start)) {
                explanation.add(said + "before the month started, no days added");
            } else if (asked.equals(answered) && !settings.sameDayClarificationCountsOneDay()) {
                explanation.add(said + "asked and answered the same day, which does not stop the clock (setting)");
            } else {
                LocalDate from = asked.isBefore(start) ? start : asked;
                long added = 0;
                long overlapping = 0;
                for (LocalDate day = from; !day.isAfter(answered); day = day.plusDays(1)) {
                    if (days.add(day)) {
                        added++;
                    } else {
                        overlapping++;
                    }
                }
                explanation.add(said + DateText.days(added) + " added"
                        + (asked.isBefore(start)
                                ? " (only days from " + DateText.of(start) + ", when the month started, count)"
                                : "")
                        + (overlapping > 0
                                ? " (" + DateText.days(overlapping) + " already counted for another clarification)"
                                : ""));
            }
        }
        return new ClarificationDays(days);
    }

    int total() {
        return days.size();
    }

    /** How many of the days fall before {@code date}. */
    int before(LocalDate date) {
        return days.headSet(date, false).size();
    }
}
