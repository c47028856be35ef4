package org.opensar.engine.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The public holidays of each UK nation: immutable. {@link #bundled()} holds the published GOV.UK
 * dates the product ships; {@link #withAdjustments} applies an administrator's additions and removals.
 * Outside the years the published data covers, only weekends are known: see {@link #covers}.
 */
public final class HolidayCalendar {

    private final Map<Nation, NavigableMap<LocalDate, PublicHoliday>> byNation;
    private final int firstYear;
    private final int lastYear;

    private HolidayCalendar(Map<Nation, NavigableMap<LocalDate, PublicHoliday>> byNation, int firstYear, int lastYear) {
        EnumMap<Nation, NavigableMap<LocalDate, PublicHoliday>> copy = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            copy.put(
                    nation,
                    Collections.unmodifiableNavigableMap(
                            new TreeMap<>(byNation.getOrDefault(nation, new TreeMap<>()))));
        }
        this.byNation = Collections.unmodifiableMap(copy);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The GOV.UK bank holidays shipped with the product (Open Government Licence v3.0). */
    public static HolidayCalendar bundled() {
        return Bundled.CALENDAR;
    }

    /**
     * A calendar of exactly these holidays, covering the years from the earliest to the latest of them.
     * Two holidays of one nation on one date are an error.
     */
    public static HolidayCalendar of(Collection<PublicHoliday> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("a holiday calendar needs at least one holiday");
        }
        Map<Nation, NavigableMap<LocalDate, PublicHoliday>> byNation = new EnumMap<>(Nation.class);
        for (PublicHoliday holiday : holidays) {
            PublicHoliday earlier = byNation.computeIfAbsent(holiday.nation(), n -> new TreeMap<>())
                    .putIfAbsent(holiday.date(), holiday);
            if (earlier != null) {
                throw new IllegalArgumentException("two holidays on " + holiday.date() + " in "
                        + holiday.nation().displayName() + ": " + earlier.name() + ", " + holiday.name());
            }
        }
        int first = holidays.stream().mapToInt(h -> h.date().getYear()).min().orElseThrow();
        int last = holidays.stream().mapToInt(h -> h.date().getYear()).max().orElseThrow();
        return new HolidayCalendar(byNation, first, last);
    }

    /** This calendar with the adjustments applied in order; the years covered do not change. */
    public HolidayCalendar withAdjustments(List<HolidayAdjustment> adjustments) {
        Map<Nation, NavigableMap<LocalDate, PublicHoliday>> changed = new EnumMap<>(Nation.class);
        byNation.forEach((nation, days) -> changed.put(nation, new TreeMap<>(days)));
        for (HolidayAdjustment adjustment : adjustments) {
            if (adjustment instanceof HolidayAdjustment.Addition addition) {
                PublicHoliday holiday = addition.holiday();
                changed.get(holiday.nation()).put(holiday.date(), holiday);
            } else if (adjustment instanceof HolidayAdjustment.Removal removal) {
                changed.get(removal.nation()).remove(removal.date());
            }
        }
        return new HolidayCalendar(changed, firstYear, lastYear);
    }

    /** Not a Saturday, Sunday or public holiday of that nation: the rule for the SAR clock. */
    public boolean isWorkingDay(LocalDate date, Nation nation) {
        return !isWeekend(date) && holiday(date, nation).isEmpty();
    }

    /** Not a Saturday, Sunday or bank holiday in any part of the UK: the rule for FOI and EIR. */
    public boolean isUkWorkingDay(LocalDate date) {
        return !isWeekend(date) && holidaysOn(date).isEmpty();
    }

    /** The holiday of that nation on that date, if there is one. */
    public Optional<PublicHoliday> holiday(LocalDate date, Nation nation) {
        return Optional.ofNullable(byNation.get(nation).get(date));
    }

    /** The holidays on that date in every nation, in the order of {@link Nation}. */
    public List<PublicHoliday> holidaysOn(LocalDate date) {
        return byNation.values().stream()
                .map(days -> days.get(date))
                .filter(h -> h != null)
                .toList();
    }

    /** Every holiday of that nation, in date order. */
    public List<PublicHoliday> holidays(Nation nation) {
        return List.copyOf(byNation.get(nation).values());
    }

    /** Whether the published data covers this date's year, so that holidays as well as weekends are known. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Loaded once, on first use. */
    private static final class Bundled {
        static final HolidayCalendar CALENDAR = of(BundledHolidays.load());
    }
}
