package org.opensar.engine.clock;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The breach notification clock (UK GDPR Art 33, rules.md §3): 72 elapsed hours from becoming aware,
 * nights and weekends included, so a change of the clocks in between moves the local time by an hour.
 */
public final class BreachClock {

    /** UK time, in which the council records when it became aware. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    static final Duration NOTIFICATION_TIME = Duration.ofHours(72);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public BreachDeadline deadline(LocalDateTime awareAt) {
        List<String> lines = new ArrayList<>();
        ZoneRules rules = UK.getRules();
        ZonedDateTime aware = ZonedDateTime.of(awareAt, UK);
        if (!aware.toLocalDateTime().equals(awareAt)) {
            lines.add(TIME.format(awareAt) + " on " + DateText.of(awareAt.toLocalDate())
                    + " did not happen in UK time (the clocks went forward): taken as " + DateText.of(aware));
        } else if (rules.getValidOffsets(awareAt).size() > 1) {
            lines.add(TIME.format(awareAt) + " on " + DateText.of(awareAt.toLocalDate())
                    + " happened twice (the clocks went back): the first, " + DateText.of(aware)
                    + ", is taken, which gives the earlier deadline");
        }
        lines.add("aware of the breach " + DateText.of(aware));
        ZonedDateTime due = aware.plus(NOTIFICATION_TIME);
        lines.add("72 clock hours later, nights and weekends included");
        ZoneOffsetTransition change = rules.nextTransition(aware.toInstant());
        if (change != null && !change.getInstant().isAfter(due.toInstant())) {
            lines.add("the clocks go " + (change.isGap() ? "forward" : "back") + " on "
                    + DateText.of(change.getDateTimeBefore().toLocalDate()) + ": 72 hours later is "
                    + TIME.format(due) + " by the clock, not " + TIME.format(aware));
        }
        lines.add("notify the ICO by " + DateText.of(due)
                + " where the breach is likely to result in a risk to people; log it either way");
        return new BreachDeadline(aware, due, lines);
    }
}
