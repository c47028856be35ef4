package org.opensar.server.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opensar.engine.clock.HolidayCalendar;
import org.springframework.stereotype.Component;

/**
 * The published holidays with the administrator's changes applied. Rebuilt at once after a change on this node,
 * and at least every minute so that changes made on another node sharing the database arrive too.
 */
@Component
class HolidayCalendarSource {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final HolidayAdjustments adjustments;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(HolidayCalendar calendar, Instant builtAt) {}

    HolidayCalendarSource(HolidayAdjustments adjustments, Clock clock) {
        this.adjustments = adjustments;
        this.clock = clock;
    }

    HolidayCalendar current() {
        Snapshot current = snapshot;
        if (current == null || current.builtAt().plus(REFRESH).isBefore(clock.instant())) {
            current = rebuild();
        }
        return current.calendar();
    }

    Snapshot rebuild() {
        Snapshot fresh = new Snapshot(
                HolidayCalendar.bundled()
                        .withAdjustments(adjustments.all().stream()
                                .map(HolidayAdjustments.Stored::toAdjustment)
                                .toList()),
                clock.instant());
        snapshot = fresh;
        return fresh;
    }
}
