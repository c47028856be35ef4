package org.opensar.server.clock;

import java.time.LocalDate;
import java.util.List;
import org.opensar.engine.clock.Nation;
import org.opensar.engine.clock.PublicHoliday;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets an administrator add a one-off public holiday (they are proclaimed at short notice) or remove a published
 * day that turned out wrong. Each change is audited and moves the due dates of open requests.
 */
@Service
public class HolidayAdministration {

    private final HolidayAdjustments adjustments;
    private final HolidayCalendarSource calendars;
    private final ApplicationEventPublisher events;

    HolidayAdministration(
            HolidayAdjustments adjustments, HolidayCalendarSource calendars, ApplicationEventPublisher events) {
        this.adjustments = adjustments;
        this.calendars = calendars;
        this.events = events;
    }

    /** An adjustment as staff see it. */
    public record Adjustment(String nation, LocalDate day, boolean added, String name, String createdBy) {}

    public List<Adjustment> adjustments() {
        return adjustments.all().stream()
                .map(s -> new Adjustment(s.nation().id(), s.day(), s.added(), s.name(), s.createdBy()))
                .toList();
    }

    /** The holidays in force for a nation and year, after the administrator's changes. */
    public List<PublicHoliday> holidays(Nation nation, int year) {
        return calendars.current().holidays(nation).stream()
                .filter(h -> h.date().getYear() == year)
                .toList();
    }

    @Transactional
    public void add(Nation nation, LocalDate day, String name, Actor actor) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Give the holiday a name, e.g. 'State funeral'.");
        }
        change(new HolidayAdjustments.Stored(nation, day, true, name.strip(), actor.username()), actor);
    }

    @Transactional
    public void remove(Nation nation, LocalDate day, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the published holiday is being removed.");
        }
        change(new HolidayAdjustments.Stored(nation, day, false, reason.strip(), actor.username()), actor);
    }

    /** Takes back an administrator's change, restoring the published day. */
    @Transactional
    public void undo(Nation nation, LocalDate day, Actor actor) {
        if (!adjustments.delete(nation, day)) {
            throw new IllegalArgumentException("There is no change for " + nation.id() + " on " + day + ".");
        }
        calendars.rebuild();
        events.publishEvent(new HolidaysChanged(
                actor.username(), "HOLIDAY_CHANGE_UNDONE", nation.id(), day.toString(), null, null, null));
    }

    private void change(HolidayAdjustments.Stored adjustment, Actor actor) {
        adjustments.save(adjustment);
        calendars.rebuild();
        events.publishEvent(new HolidaysChanged(
                actor.username(),
                adjustment.added() ? "HOLIDAY_ADDED" : "HOLIDAY_REMOVED",
                adjustment.nation().id(),
                adjustment.day().toString(),
                null,
                "{\"name\":\"" + adjustment.name().replace("\"", "'") + "\"}",
                adjustment.added() ? null : adjustment.name()));
    }
}
