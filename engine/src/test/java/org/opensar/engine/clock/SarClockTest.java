package org.opensar.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensar.engine.clock.Nation.ENGLAND_AND_WALES;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarClockTest {

    private final SarClock clock = new SarClock(HolidayCalendar.bundled(), ClockSettings.defaults());

    private static SarTimeline received(String date) {
        return SarTimeline.receivedOn(LocalDate.parse(date), ENGLAND_AND_WALES);
    }

    /** "2026-09-07/2026-09-09 2026-09-14/2026-09-15": clarifications separated by spaces. */
    private static SarTimeline withClarifications(SarTimeline timeline, String clarifications) {
        for (String each : clarifications.split(" ")) {
            String[] dates = each.split("/");
            timeline = timeline.withClarification(
                    Clarification.answered(LocalDate.parse(dates[0]), LocalDate.parse(dates[1])));
        }
        return timeline;
    }

    private LocalDate due(SarTimeline timeline) {
        return clock.deadline(timeline).due().orElseThrow();
    }

    @ParameterizedTest(name = "ICO: received {0}, due {1}")
    @CsvSource({
        "2025-09-03, 2025-10-03",
        "2024-01-01, 2024-02-01",
        "2024-11-25, 2024-12-27",
        "2024-01-31, 2024-02-29",
        "2025-01-31, 2025-02-28",
    })
    void icoPublishedExamples(LocalDate received, LocalDate due) {
        assertThat(due(SarTimeline.receivedOn(received, ENGLAND_AND_WALES))).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0}, due {1}")
    @CsvSource({
        "2026-03-31, 2026-04-30", // April has no 31st
        "2026-05-31, 2026-06-30", // received on a Sunday: counting still starts that day
        "2026-08-31, 2026-09-30",
        "2024-12-31, 2025-01-31",
        "2023-01-29, 2023-02-28", // no 29 February in 2023
        "2024-01-29, 2024-02-29",
        "2026-01-30, 2026-03-02", // Sat 28 Feb -> Mon 2 Mar
        "2026-10-03, 2026-11-03", // received on a Saturday
        "2026-02-28, 2026-03-30", // Sat 28 Mar -> Mon 30 Mar; not "the last day of the month"
    })
    void oneCalendarMonthAtTheEndsOfMonths(LocalDate received, LocalDate due) {
        assertThat(due(SarTimeline.receivedOn(received, ENGLAND_AND_WALES))).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0} in {1}: due {2}")
    @CsvSource({
        "2025-12-02, ENGLAND_AND_WALES, 2026-01-02",
        "2025-12-02, SCOTLAND,          2026-01-05", // 2 January
        "2025-12-01, NORTHERN_IRELAND,  2026-01-02", // New Year's Day
        "2025-12-01, SCOTLAND,          2026-01-05", // New Year's Day, 2 January, weekend
        "2026-10-30, ENGLAND_AND_WALES, 2026-11-30",
        "2026-10-30, SCOTLAND,          2026-12-01", // St Andrew's Day
        "2025-11-01, SCOTLAND,          2025-12-02", // St Andrew's Day substitute
        "2025-11-01, ENGLAND_AND_WALES, 2025-12-01",
        "2026-02-17, NORTHERN_IRELAND,  2026-03-18", // St Patrick's Day
        "2026-02-17, ENGLAND_AND_WALES, 2026-03-17",
        "2026-06-12, NORTHERN_IRELAND,  2026-07-14", // Sunday 12 July, Boyne substitute Monday
        "2026-06-12, ENGLAND_AND_WALES, 2026-07-13",
        "2028-06-12, NORTHERN_IRELAND,  2028-07-13", // Wednesday 12 July
        "2028-06-12, SCOTLAND,          2028-07-12",
        "2026-03-06, ENGLAND_AND_WALES, 2026-04-07", // Easter Monday
        "2026-03-06, NORTHERN_IRELAND,  2026-04-07",
        "2026-03-06, SCOTLAND,          2026-04-06", // no Easter Monday in Scotland
        "2026-03-03, SCOTLAND,          2026-04-06", // Good Friday and the weekend
        "2026-07-03, SCOTLAND,          2026-08-04", // Scottish summer bank holiday
        "2026-07-03, ENGLAND_AND_WALES, 2026-08-03",
        "2026-07-31, ENGLAND_AND_WALES, 2026-09-01", // late August
        "2026-07-31, SCOTLAND,          2026-08-31",
        "2026-05-15, SCOTLAND,          2026-06-16", // World Cup bank holiday
        "2026-11-25, ENGLAND_AND_WALES, 2026-12-29", // Christmas, weekend, Boxing Day substitute
        "2026-11-25, NORTHERN_IRELAND,  2026-12-29",
        "2026-09-03, ENGLAND_AND_WALES, 2026-10-05", // a weekend
    })
    void dueDatesMoveToTheNationsNextWorkingDay(LocalDate received, Nation nation, LocalDate due) {
        assertThat(due(SarTimeline.receivedOn(received, nation))).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0}, clarifications {1}: due {2}")
    @CsvSource({
        "2026-09-03, 2026-09-07/2026-09-09, 2026-10-06", // 3 days on Sat 3 Oct
        "2026-09-03, 2026-09-07/2026-09-09 2026-09-14/2026-09-15, 2026-10-08", // 3 + 2
        "2026-09-03, 2026-09-07/2026-09-10 2026-09-09/2026-09-12, 2026-10-09", // overlap: 7..12 once
        "2026-09-03, 2026-09-07/2026-09-14 2026-09-09/2026-09-10, 2026-10-12", // nested: 8 days, Sun -> Mon
        "2026-09-03, 2026-09-09/2026-09-12 2026-09-07/2026-09-10, 2026-10-09", // order given does not matter
        "2026-09-01, 2026-09-07/2026-09-07, 2026-10-02", // same day counts one day
        "2026-09-01, 2026-09-07/2026-10-06, 2026-11-02", // 30 days: Sat 31 Oct -> Mon 2 Nov
    })
    void clarificationDaysAreAddedBeforeTheWorkingDayRule(String received, String clarifications, LocalDate due) {
        assertThat(due(withClarifications(received(received), clarifications))).isEqualTo(due);
    }

    @ParameterizedTest(name = "same-day clarification counts: {0}")
    @CsvSource({"true, 2026-10-02", "false, 2026-10-01"})
    void sameDayClarificationIsASetting(boolean counts, LocalDate due) {
        SarClock clockWithSetting = new SarClock(HolidayCalendar.bundled(), new ClockSettings(counts));
        SarTimeline timeline = received("2026-09-01")
                .withClarification(Clarification.answered(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 7)));

        Deadline deadline = clockWithSetting.deadline(timeline);

        assertThat(deadline.due()).contains(due);
        assertThat(deadline.explanation())
                .contains(
                        counts
                                ? "clarification asked Mon 7 Sep 2026, answered Mon 7 Sep 2026: 1 day added"
                                : "clarification asked Mon 7 Sep 2026, answered Mon 7 Sep 2026: asked and answered the same"
                                        + " day, which does not stop the clock (setting)");
    }

    @ParameterizedTest(name = "received 2026-09-01, {0}: due {1}")
    @CsvSource({
        "identity 2026-09-04,                                     2026-10-05",
        "authority 2026-09-08,                                    2026-10-08",
        "fee 2026-09-15,                                          2026-10-15",
        "identity 2026-09-04 authority 2026-09-08 fee 2026-09-15, 2026-10-15",
        "fee 2026-09-04 identity 2026-09-15,                      2026-10-15",
        "identity 2026-09-01,                                     2026-10-01", // with the request: no change
    })
    void identityAuthorityAndFeeEachStartAFullMonth(String evidence, LocalDate due) {
        SarTimeline timeline = received("2026-09-01");
        String[] words = evidence.split(" ");
        for (int i = 0; i < words.length; i += 2) {
            LocalDate date = LocalDate.parse(words[i + 1]);
            timeline = switch (words[i]) {
                case "identity" -> timeline.withIdentityReceivedOn(date);
                case "authority" -> timeline.withAuthorityReceivedOn(date);
                case "fee" -> timeline.withFeeReceivedOn(date);
                default -> throw new IllegalArgumentException(words[i]);
            };
        }
        assertThat(due(timeline)).isEqualTo(due);
    }

    @ParameterizedTest(name = "identity {0}, clarification {1}: due {2}")
    @CsvSource({
        "2026-09-10, 2026-09-02/2026-09-04, 2026-10-12", // all before the start: nothing added
        "2026-09-10, 2026-09-08/2026-09-12, 2026-10-13", // 10, 11, 12 count
        "2026-09-10, 2026-09-10/2026-09-10, 2026-10-12", // Sat 10 Oct + 1 = Sun -> Mon
    })
    void onlyClarificationDaysFromTheStartCount(LocalDate identity, String clarification, LocalDate due) {
        SarTimeline timeline =
                withClarifications(received("2026-09-01"), clarification).withIdentityReceivedOn(identity);

        assertThat(due(timeline)).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0}, clarifications {1}, extended: due {2}, notice by {3}")
    @CsvSource({
        "2026-09-03, ,                      2026-12-03, 2026-10-05",
        "2026-09-03, 2026-09-07/2026-09-09, 2026-12-07, 2026-10-06", // Sun 6 Dec -> Mon 7 Dec
        "2025-11-30, ,                      2026-03-02, 2025-12-30", // 28 Feb 2026 is a Saturday
        "2024-11-29, ,                      2025-02-28, 2024-12-30", // Sun 29 Dec -> Mon 30 Dec
    })
    void extensionRunsThreeMonthsAndMustBeNotifiedWithinTheFirst(
            String received, String clarifications, LocalDate due, LocalDate noticeBy) {
        SarTimeline timeline = received(received).withExtension();
        if (clarifications != null) {
            timeline = withClarifications(timeline, clarifications);
        }

        Deadline deadline = clock.deadline(timeline);

        assertThat(deadline.due()).contains(due);
        assertThat(deadline.extensionNoticeBy()).contains(noticeBy);
    }

    @Test
    void withoutAnExtensionTheNoticeDeadlineIsTheDueDate() {
        Deadline deadline = clock.deadline(received("2026-09-03"));

        assertThat(deadline.extensionNoticeBy()).isEqualTo(deadline.due());
        assertThat(deadline.isStopped()).isFalse();
    }

    @ParameterizedTest(name = "received {0}, clarifications {1}: stopped since {2}, {3} days used")
    @CsvSource({
        "2026-09-03, 2026-09-08/,                       2026-09-08, 5",
        "2026-08-25, 2026-09-01/,                       2026-09-01, 7",
        "2026-08-25, 2026-08-26/2026-08-27 2026-09-01/, 2026-09-01, 5", // 2 earlier days do not count as used
        "2026-08-25, 2026-08-25/,                       2026-08-25, 0",
    })
    void anUnansweredClarificationStopsTheClock(String received, String clarifications, LocalDate since, long used) {
        SarTimeline timeline = received(received);
        for (String each : clarifications.split(" ")) {
            String[] dates = each.split("/", -1);
            LocalDate asked = LocalDate.parse(dates[0]);
            timeline = timeline.withClarification(
                    dates[1].isEmpty()
                            ? Clarification.unanswered(asked)
                            : Clarification.answered(asked, LocalDate.parse(dates[1])));
        }

        Deadline deadline = clock.deadline(timeline);

        assertThat(deadline.isStopped()).isTrue();
        assertThat(deadline.due()).isEmpty();
        assertThat(deadline.extensionNoticeBy()).isEmpty();
        assertThat(deadline.stopped()).contains(new ClockStopped(since, used));
        assertThat(deadline.explanation())
                .contains("clock stopped since " + DateText.of(since) + " waiting for clarification");
    }

    @Test
    void aClarificationUnansweredBeforeALaterStartStopsTheClockFromTheStart() {
        SarTimeline timeline = received("2026-09-01")
                .withClarification(Clarification.unanswered(LocalDate.of(2026, 9, 5)))
                .withIdentityReceivedOn(LocalDate.of(2026, 9, 10));

        assertThat(clock.deadline(timeline).stopped()).contains(new ClockStopped(LocalDate.of(2026, 9, 10), 0));
    }

    @Test
    void explainsEveryStepInPlainEnglish() {
        SarTimeline timeline = received("2026-09-03")
                .withIdentityReceivedOn(LocalDate.of(2026, 9, 7))
                .withClarification(Clarification.answered(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 16)));

        assertThat(clock.deadline(timeline).explanation())
                .containsExactly(
                        "received Thu 3 Sep 2026",
                        "identity evidence received Mon 7 Sep 2026: the month starts again from that day",
                        "clarification asked Mon 14 Sep 2026, answered Wed 16 Sep 2026: 3 days added",
                        "a month later is Wed 7 Oct 2026",
                        "with 3 days added for clarification: Sat 10 Oct 2026",
                        "Sat 10 Oct 2026 is a weekend; next working day Mon 12 Oct 2026",
                        "due Mon 12 Oct 2026");
    }

    @Test
    void explainsHolidaysMonthEndsAndExtensions() {
        assertThat(clock.deadline(received("2026-11-25")).explanation())
                .contains("Fri 25 Dec 2026 is a public holiday (Christmas Day); Mon 28 Dec 2026 is also a public"
                        + " holiday (Boxing Day (substitute day)); next working day Tue 29 Dec 2026");
        assertThat(clock.deadline(received("2024-01-31")).explanation())
                .contains("a month later is Thu 29 Feb 2024 (February 2024 has no day 31, so the last day of that"
                        + " month)");
        assertThat(clock.deadline(received("2026-09-03").withExtension()).explanation())
                .contains(
                        "three months from the start is Thu 3 Dec 2026",
                        "the requester must be told of the extension, with reasons, by Mon 5 Oct 2026, the end of"
                                + " the first month",
                        "due Thu 3 Dec 2026");
    }

    @Test
    void explainsOverlapsAndDaysBeforeTheStart() {
        SarTimeline timeline = withClarifications(
                        received("2026-09-01"), "2026-09-08/2026-09-12 2026-09-11/2026-09-14 2026-09-02/2026-09-03")
                .withIdentityReceivedOn(LocalDate.of(2026, 9, 10));

        assertThat(clock.deadline(timeline).explanation())
                .contains(
                        "clarification asked Wed 2 Sep 2026, answered Thu 3 Sep 2026: before the month started,"
                                + " no days added",
                        "clarification asked Tue 8 Sep 2026, answered Sat 12 Sep 2026: 3 days added (only days from"
                                + " Thu 10 Sep 2026, when the month started, count)",
                        "clarification asked Fri 11 Sep 2026, answered Mon 14 Sep 2026: 2 days added (2 days already"
                                + " counted for another clarification)");
    }

    @Test
    void warnsWhenTheDueDateIsBeyondThePublishedHolidays() {
        assertThat(clock.deadline(received("2028-12-01")).explanation())
                .last()
                .asString()
                .startsWith("the holiday calendar has no holidays for 2029");
    }

    @Test
    void anAdministratorsOneOffHolidayMovesTheDueDate() {
        HolidayCalendar adjusted = HolidayCalendar.bundled()
                .withAdjustments(List.of(new HolidayAdjustment.Addition(new PublicHoliday(
                        LocalDate.of(2026, 9, 21), ENGLAND_AND_WALES, "Bank holiday for a state occasion"))));

        assertThat(due(received("2026-08-21"))).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(new SarClock(adjusted, ClockSettings.defaults())
                        .deadline(received("2026-08-21"))
                        .due())
                .contains(LocalDate.of(2026, 9, 22));
    }

    @Test
    void aPublishedDayAnAdministratorRemovedNoLongerMovesTheDueDate() {
        HolidayCalendar adjusted = HolidayCalendar.bundled()
                .withAdjustments(List.of(new HolidayAdjustment.Removal(LocalDate.of(2026, 8, 31), ENGLAND_AND_WALES)));

        assertThat(due(received("2026-07-31"))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(new SarClock(adjusted, ClockSettings.defaults())
                        .deadline(received("2026-07-31"))
                        .due())
                .contains(LocalDate.of(2026, 8, 31));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "identity evidence before receipt | identity evidence received 2026-08-31 is before the request",
                "clarification before receipt     | clarification asked 2026-08-30 is before the request",
                "answer before question           | the answer cannot come before the question",
            })
    void impossibleTimelinesAreRejected(String what, String message) {
        assertThatThrownBy(() -> {
                    switch (what) {
                        case "identity evidence before receipt" ->
                            received("2026-09-01").withIdentityReceivedOn(LocalDate.of(2026, 8, 31));
                        case "clarification before receipt" ->
                            received("2026-09-01")
                                    .withClarification(Clarification.unanswered(LocalDate.of(2026, 8, 30)));
                        default -> Clarification.answered(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 7));
                    }
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void timelinesAreImmutable() {
        SarTimeline original = received("2026-09-03");
        List<Clarification> clarifications = new java.util.ArrayList<>(
                Arrays.asList(Clarification.answered(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 9))));
        SarTimeline copy = new SarTimeline(
                original.receivedOn(),
                original.identityReceivedOn(),
                original.authorityReceivedOn(),
                original.feeReceivedOn(),
                clarifications,
                false,
                ENGLAND_AND_WALES);
        clarifications.clear();

        original.withExtension().withClarification(Clarification.unanswered(LocalDate.of(2026, 9, 4)));

        assertThat(original.extended()).isFalse();
        assertThat(original.clarifications()).isEmpty();
        assertThat(copy.clarifications()).hasSize(1);
    }
}
