package org.opensar.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every received date from 2015 to 2028, each nation: the rules hold whatever the date. */
class ClockInvariantsTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.bundled();
    private static final SarClock SAR = new SarClock(CALENDAR, ClockSettings.defaults());

    private static Stream<LocalDate> everyDay() {
        return LocalDate.of(2015, 1, 1).datesUntil(LocalDate.of(2029, 1, 1));
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void theSarDueDateIsTheFirstWorkingDayOnOrAfterTheMonth(Nation nation) {
        List<String> broken = new ArrayList<>();
        everyDay().forEach(received -> {
            LocalDate month = received.plusMonths(1);
            LocalDate due =
                    SAR.deadline(SarTimeline.receivedOn(received, nation)).due().orElseThrow();
            boolean firstWorkingDay = CALENDAR.isWorkingDay(due, nation)
                    && month.datesUntil(due).noneMatch(day -> CALENDAR.isWorkingDay(day, nation));
            if (due.isBefore(month) || !firstWorkingDay || due.isAfter(month.plusDays(6))) {
                broken.add(received + " -> " + due);
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void aClarificationNeverMakesTheSarDueDateEarlier(Nation nation) {
        List<String> broken = new ArrayList<>();
        everyDay().forEach(received -> {
            SarTimeline timeline = SarTimeline.receivedOn(received, nation);
            LocalDate without = SAR.deadline(timeline).due().orElseThrow();
            LocalDate asked = received.plusDays(received.getDayOfYear() % 25);
            LocalDate answered = asked.plusDays(received.getDayOfMonth() % 6);
            LocalDate with = SAR.deadline(timeline.withClarification(Clarification.answered(asked, answered)))
                    .due()
                    .orElseThrow();
            if (with.isBefore(without) || !CALENDAR.isWorkingDay(with, nation)) {
                broken.add(received + ": " + without + " without, " + with + " with " + asked + "/" + answered);
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void anExtensionRunsThreeMonthsWithNoticeByTheOneMonthDate(Nation nation) {
        List<String> broken = new ArrayList<>();
        everyDay().forEach(received -> {
            SarTimeline timeline = SarTimeline.receivedOn(received, nation);
            LocalDate oneMonth = SAR.deadline(timeline).due().orElseThrow();
            Deadline extended = SAR.deadline(timeline.withExtension());
            LocalDate due = extended.due().orElseThrow();
            if (!extended.extensionNoticeBy().orElseThrow().equals(oneMonth)
                    || due.isBefore(received.plusMonths(3))
                    || !CALENDAR.isWorkingDay(due, nation)) {
                broken.add(received + " -> " + due + ", notice by " + extended.extensionNoticeBy());
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void anFoiDueDateIsTheTwentiethUkWorkingDayAfterReceipt() {
        InformationRequestClock clock = new InformationRequestClock(CALENDAR);
        List<String> broken = new ArrayList<>();
        everyDay().forEach(received -> {
            LocalDate due = clock.deadline(InformationRequest.receivedOn(InformationRegime.FOI, received))
                    .due()
                    .orElseThrow();
            long workingDays = received.plusDays(1)
                    .datesUntil(due.plusDays(1))
                    .filter(CALENDAR::isUkWorkingDay)
                    .count();
            if (workingDays != 20 || !CALENDAR.isUkWorkingDay(due)) {
                broken.add(received + " -> " + due + " (" + workingDays + " working days)");
            }
        });
        assertThat(broken).isEmpty();
    }
}
