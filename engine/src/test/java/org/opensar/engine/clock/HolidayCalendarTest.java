package org.opensar.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensar.engine.clock.Nation.ENGLAND_AND_WALES;
import static org.opensar.engine.clock.Nation.NORTHERN_IRELAND;
import static org.opensar.engine.clock.Nation.SCOTLAND;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = HolidayCalendar.bundled();

    @ParameterizedTest(name = "{0} in {1}: working day {2}")
    @CsvSource({
        "2026-01-02, ENGLAND_AND_WALES, true",
        "2026-01-02, SCOTLAND,          false",
        "2026-01-02, NORTHERN_IRELAND,  true",
        "2026-11-30, SCOTLAND,          false",
        "2026-11-30, ENGLAND_AND_WALES, true",
        "2026-03-17, NORTHERN_IRELAND,  false",
        "2026-03-17, ENGLAND_AND_WALES, true",
        "2026-07-13, NORTHERN_IRELAND,  false",
        "2026-07-13, SCOTLAND,          true",
        "2026-04-06, ENGLAND_AND_WALES, false",
        "2026-04-06, SCOTLAND,          true",
        "2026-08-03, SCOTLAND,          false",
        "2026-08-03, ENGLAND_AND_WALES, true",
        "2026-08-31, ENGLAND_AND_WALES, false",
        "2026-08-31, SCOTLAND,          true",
        "2026-06-15, SCOTLAND,          false",
        "2026-12-28, NORTHERN_IRELAND,  false",
        "2026-10-03, ENGLAND_AND_WALES, false",
        "2026-10-04, SCOTLAND,          false",
        "2026-10-05, NORTHERN_IRELAND,  true",
    })
    void workingDaysOfOneNation(LocalDate date, Nation nation, boolean working) {
        assertThat(calendar.isWorkingDay(date, nation)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0}: UK working day {1}")
    @CsvSource({
        "2026-11-30, false",
        "2026-03-17, false",
        "2026-01-02, false",
        "2026-07-13, false",
        "2026-06-15, false",
        "2026-04-06, false",
        "2026-10-03, false",
        "2026-09-03, true",
        "2026-12-24, true",
    })
    void ukWorkingDaysLeaveOutEveryNationsHolidays(LocalDate date, boolean working) {
        assertThat(calendar.isUkWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-12-25 | ENGLAND_AND_WALES | Christmas Day",
                "2026-12-28 | ENGLAND_AND_WALES | Boxing Day (substitute day)",
                "2026-11-30 | SCOTLAND          | St Andrew's Day",
                "2025-12-01 | SCOTLAND          | St Andrew's Day (substitute day)",
                "2026-01-02 | SCOTLAND          | 2nd January",
                "2026-03-17 | NORTHERN_IRELAND  | St Patrick's Day",
                "2026-07-13 | NORTHERN_IRELAND  | Battle of the Boyne (Orangemen's Day) (substitute day)",
                "2026-04-06 | ENGLAND_AND_WALES | Easter Monday",
                "2026-08-31 | ENGLAND_AND_WALES | Summer bank holiday",
                "2023-05-08 | SCOTLAND          | Bank holiday for the coronation of King Charles III",
            })
    void holidaysHaveReadableNames(LocalDate date, Nation nation, String name) {
        assertThat(calendar.holiday(date, nation)).map(PublicHoliday::name).contains(name);
    }

    @Test
    void ordinaryDaysHaveNoHoliday() {
        assertThat(calendar.holiday(LocalDate.of(2026, 9, 3), ENGLAND_AND_WALES))
                .isEmpty();
        assertThat(calendar.holidaysOn(LocalDate.of(2026, 9, 3))).isEmpty();
    }

    @Test
    void holidaysOnADateListEveryNation() {
        assertThat(calendar.holidaysOn(LocalDate.of(2026, 12, 25)))
                .extracting(PublicHoliday::nation)
                .containsExactly(ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND);
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void everyPublishedDayIsAWeekdayWithAReadableName(Nation nation) {
        List<PublicHoliday> holidays = calendar.holidays(nation);

        assertThat(holidays).hasSizeGreaterThan(100);
        assertThat(holidays).allSatisfy(h -> {
            assertThat(HolidayCalendar.isWeekend(h.date())).isFalse();
            assertThat(h.name()).doesNotContain("_").matches("^[A-Z0-9].*");
        });
    }

    @ParameterizedTest(name = "{0} covered: {1}")
    @CsvSource({"2015-01-01, true", "2028-12-31, true", "2014-12-31, false", "2029-01-01, false"})
    void coversThePublishedYears(LocalDate date, boolean covered) {
        assertThat(calendar.covers(date)).isEqualTo(covered);
    }

    @Test
    void anAdministratorAddsAOneOffDay() {
        LocalDate stateOccasion = LocalDate.of(2026, 9, 21);

        HolidayCalendar adjusted = calendar.withAdjustments(List.of(new HolidayAdjustment.Addition(
                new PublicHoliday(stateOccasion, ENGLAND_AND_WALES, "Bank holiday for a state occasion"))));

        assertThat(adjusted.isWorkingDay(stateOccasion, ENGLAND_AND_WALES)).isFalse();
        assertThat(adjusted.isWorkingDay(stateOccasion, SCOTLAND)).isTrue();
        assertThat(adjusted.isUkWorkingDay(stateOccasion)).isFalse();
        assertThat(adjusted.holiday(stateOccasion, ENGLAND_AND_WALES))
                .map(PublicHoliday::name)
                .contains("Bank holiday for a state occasion");
        assertThat(calendar.isWorkingDay(stateOccasion, ENGLAND_AND_WALES))
                .as("the bundled calendar is unchanged")
                .isTrue();
    }

    @Test
    void anAdministratorRemovesAPublishedDay() {
        LocalDate lateAugust = LocalDate.of(2026, 8, 31);

        HolidayCalendar adjusted =
                calendar.withAdjustments(List.of(new HolidayAdjustment.Removal(lateAugust, ENGLAND_AND_WALES)));

        assertThat(adjusted.isWorkingDay(lateAugust, ENGLAND_AND_WALES)).isTrue();
        assertThat(adjusted.isWorkingDay(LocalDate.of(2026, 8, 31), NORTHERN_IRELAND))
                .isFalse();
        assertThat(calendar.isWorkingDay(lateAugust, ENGLAND_AND_WALES)).isFalse();
    }

    @Test
    void anAdministratorCorrectsAPublishedDayByMovingIt() {
        LocalDate published = LocalDate.of(2026, 5, 4);
        LocalDate moved = LocalDate.of(2026, 5, 8);

        HolidayCalendar adjusted = calendar.withAdjustments(List.of(
                new HolidayAdjustment.Removal(published, SCOTLAND),
                new HolidayAdjustment.Addition(new PublicHoliday(moved, SCOTLAND, "Early May bank holiday"))));

        assertThat(adjusted.isWorkingDay(published, SCOTLAND)).isTrue();
        assertThat(adjusted.isWorkingDay(moved, SCOTLAND)).isFalse();
        assertThat(adjusted.covers(LocalDate.of(2029, 1, 1))).isFalse();
    }

    @Test
    void removingADayThatIsNotThereChangesNothing() {
        LocalDate ordinary = LocalDate.of(2026, 9, 3);

        HolidayCalendar adjusted =
                calendar.withAdjustments(List.of(new HolidayAdjustment.Removal(ordinary, ENGLAND_AND_WALES)));

        assertThat(adjusted.holidays(ENGLAND_AND_WALES)).isEqualTo(calendar.holidays(ENGLAND_AND_WALES));
    }

    @Test
    void twoHolidaysOfOneNationOnOneDateAreAnError() {
        LocalDate day = LocalDate.of(2026, 1, 1);

        assertThatThrownBy(() -> HolidayCalendar.of(List.of(
                        new PublicHoliday(day, SCOTLAND, "New Year's Day"),
                        new PublicHoliday(day, SCOTLAND, "Hogmanay"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two holidays on 2026-01-01 in Scotland");
        assertThatThrownBy(() -> HolidayCalendar.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHolidayNeedsAName() {
        assertThatThrownBy(() -> new PublicHoliday(LocalDate.of(2026, 1, 1), SCOTLAND, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void nationsParseFromTheirIds(Nation nation) {
        assertThat(Nation.fromId(nation.id())).isEqualTo(nation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "england", "England-and-Wales", "wales", "SCOTLAND"})
    void otherWordsAreNotNations(String id) {
        assertThatThrownBy(() -> Nation.fromId(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        Arrays.stream(Nation.values()).map(Nation::id).toList().get(0));
    }

    @Test
    void anUnknownHolidayCodeInTheDataIsAClearError() {
        assertThatThrownBy(() -> BundledHolidays.name("new_holiday", LocalDate.of(2027, 6, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("new_holiday");
    }
}
