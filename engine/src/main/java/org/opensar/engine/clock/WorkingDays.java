package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which days are working days for one clock: those of one nation (SAR), or of the whole UK (FOI and
 * EIR), and how a date moves to the next working day, in words.
 */
final class WorkingDays {

    private final HolidayCalendar calendar;
    private final Optional<Nation> nation;

    private WorkingDays(HolidayCalendar calendar, Optional<Nation> nation) {
        this.calendar = calendar;
        this.nation = nation;
    }

    static WorkingDays of(HolidayCalendar calendar, Nation nation) {
        return new WorkingDays(calendar, Optional.of(nation));
    }

    static WorkingDays acrossUk(HolidayCalendar calendar) {
        return new WorkingDays(calendar, Optional.empty());
    }

    boolean isWorkingDay(LocalDate date) {
        return nation.map(n -> calendar.isWorkingDay(date, n)).orElseGet(() -> calendar.isUkWorkingDay(date));
    }

    /** The date itself if it is a working day, else the next one; a line saying why it moved, if it did. */
    LocalDate onOrAfter(LocalDate date, List<String> explanation) {
        if (isWorkingDay(date)) {
            return date;
        }
        List<String> parts = new ArrayList<>();
        parts.add(DateText.of(date) + " is " + (HolidayCalendar.isWeekend(date) ? "a weekend" : holidayWords(date)));
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            if (!HolidayCalendar.isWeekend(next)) {
                parts.add(DateText.of(next) + " is also " + holidayWords(next));
            }
            next = next.plusDays(1);
        }
        parts.add("next working day " + DateText.of(next));
        explanation.add(String.join("; ", parts));
        return next;
    }

    /** The working day that is {@code count} working days after {@code date}; day 1 is the first after it. */
    LocalDate plusWorkingDays(LocalDate date, int count) {
        LocalDate day = date;
        for (int counted = 0; counted < count; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days strictly after {@code after} and strictly before {@code before}. */
    int workingDaysBetween(LocalDate after, LocalDate before) {
        int count = 0;
        for (LocalDate day = after.plusDays(1); day.isBefore(before); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Weekdays from {@code after} (exclusive) to {@code through} (inclusive) that are holidays, in words. */
    List<String> holidaysOnWeekdays(LocalDate after, LocalDate through) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = after.plusDays(1); !day.isAfter(through); day = day.plusDays(1)) {
            if (!HolidayCalendar.isWeekend(day) && !isWorkingDay(day)) {
                days.add(DateText.of(day) + " (" + holidayNames(day) + ")");
            }
        }
        return days;
    }

    /** Outside the years of published data only weekends are known: say so beside the due date. */
    void noteIfNotCovered(LocalDate due, List<String> explanation) {
        if (!calendar.covers(due)) {
            explanation.add("the holiday calendar has no holidays for " + due.getYear()
                    + ": only weekends were taken into account, so check the date by hand");
        }
    }

    private String holidayWords(LocalDate date) {
        return nation.isPresent()
                ? "a public holiday (" + holidayNames(date) + ")"
                : "a bank holiday (" + holidayNames(date) + ")";
    }

    /** "Christmas Day" for one nation; across the UK, "St Andrew's Day in Scotland" and the like. */
    private String holidayNames(LocalDate date) {
        if (nation.isPresent()) {
            return calendar.holiday(date, nation.get()).orElseThrow().name();
        }
        Map<String, List<String>> nationsByName = new LinkedHashMap<>();
        for (PublicHoliday holiday : calendar.holidaysOn(date)) {
            nationsByName
                    .computeIfAbsent(holiday.name(), n -> new ArrayList<>())
                    .add(holiday.nation().displayName());
        }
        List<String> names = new ArrayList<>();
        nationsByName.forEach((name, nations) -> names.add(
                name + (nations.size() == Nation.values().length ? " across the UK" : " in " + inWords(nations))));
        return String.join("; ", names);
    }

    private static String inWords(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
