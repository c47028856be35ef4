package org.opensar.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.clock.InformationRegime.FOI;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InformationRequestClockTest {

    private final InformationRequestClock clock = new InformationRequestClock(HolidayCalendar.bundled());

    @ParameterizedTest(name = "{0} received {1}: due {2}")
    @CsvSource({
        "FOI, 2026-09-03, 2026-10-01",
        "EIR, 2026-09-03, 2026-10-01",
        "FOI, 2026-09-04, 2026-10-02", // received on a Friday: day 1 is Monday
        "FOI, 2026-09-05, 2026-10-02", // received on a Saturday
        "FOI, 2026-11-10, 2026-12-09", // St Andrew's Day (Scotland only) lengthens an English council's clock
        "EIR, 2026-03-03, 2026-04-01", // St Patrick's Day (Northern Ireland only)
        "FOI, 2026-12-07, 2027-01-08", // Christmas, Boxing Day, New Year, Scotland's 2 January substitute
        "FOI, 2026-07-01, 2026-07-30", // Battle of the Boyne substitute, Mon 13 July
        "FOI, 2026-06-01, 2026-06-30", // Scotland's World Cup bank holiday, Mon 15 June
    })
    void twentyWorkingDaysAcrossTheUk(InformationRegime regime, LocalDate received, LocalDate due) {
        Deadline deadline = clock.deadline(InformationRequest.receivedOn(regime, received));

        assertThat(deadline.due()).contains(due);
        assertThat(deadline.extensionNoticeBy()).contains(due);
    }

    @Test
    void aScottishHolidayIsNamedInTheExplanation() {
        assertThat(clock.deadline(InformationRequest.receivedOn(FOI, LocalDate.of(2026, 11, 10)))
                        .explanation())
                .containsExactly(
                        "FOI request received Tue 10 Nov 2026",
                        "day 1 is Wed 11 Nov 2026, the first working day after Tue 10 Nov 2026 (working days leave"
                                + " out weekends and bank holidays in any part of the UK)",
                        "bank holidays not counted: Mon 30 Nov 2026 (St Andrew's Day in Scotland)",
                        "working day 20 is Wed 9 Dec 2026",
                        "due Wed 9 Dec 2026");
    }

    @ParameterizedTest
    @EnumSource(InformationRegime.class)
    void extendedRequestsHaveFortyWorkingDaysAndANoticeDeadlineAtTwenty(InformationRegime regime) {
        Deadline deadline = clock.deadline(new InformationRequest(regime, LocalDate.of(2026, 9, 3), List.of(), true));

        assertThat(deadline.due()).contains(LocalDate.of(2026, 10, 29));
        assertThat(deadline.extensionNoticeBy()).contains(LocalDate.of(2026, 10, 1));
        assertThat(deadline.explanation())
                .contains(
                        regime == FOI
                                ? "public interest extension: 20 further working days, 40 in all"
                                : "extended as complex and voluminous: 40 working days in all");
    }

    @ParameterizedTest(name = "{0} received 2026-09-03, clarifications {1}: due {2}")
    @CsvSource({
        "FOI, 2026-09-07/2026-09-10,                       2026-10-08",
        "EIR, 2026-09-07/2026-09-10,                       2026-10-08",
        "FOI, 2026-09-03/2026-09-03,                       2026-10-01", // answered the day it came: no change
        "FOI, 2026-09-04/2026-09-07 2026-09-08/2026-09-10, 2026-10-08", // the latest answer
        "FOI, 2026-09-08/2026-09-10 2026-09-04/2026-09-07, 2026-10-08",
    })
    void theTwentyDaysStartAgainFromTheAnswer(InformationRegime regime, String clarifications, LocalDate due) {
        InformationRequest request =
                new InformationRequest(regime, LocalDate.of(2026, 9, 3), clarificationsOf(clarifications), false);

        assertThat(clock.deadline(request).due()).contains(due);
    }

    @ParameterizedTest(name = "clarifications {0}: stopped since {1}, {2} working days used")
    @CsvSource({
        "2026-09-09/,                       2026-09-09, 3",
        "2026-09-03/,                       2026-09-03, 0",
        "2026-09-04/2026-09-07 2026-09-10/, 2026-09-10, 2", // counted again from the first answer
    })
    void anUnansweredClarificationStopsTheClock(String clarifications, LocalDate since, long used) {
        Deadline deadline = clock.deadline(
                new InformationRequest(FOI, LocalDate.of(2026, 9, 3), clarificationsOf(clarifications), false));

        assertThat(deadline.due()).isEmpty();
        assertThat(deadline.stopped()).contains(new ClockStopped(since, used));
    }

    private static List<Clarification> clarificationsOf(String text) {
        return java.util.Arrays.stream(text.split(" "))
                .map(each -> each.split("/", -1))
                .map(dates -> dates[1].isEmpty()
                        ? Clarification.unanswered(LocalDate.parse(dates[0]))
                        : Clarification.answered(LocalDate.parse(dates[0]), LocalDate.parse(dates[1])))
                .toList();
    }
}
