package org.opensar.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CctvClockTest {

    private final CctvClock clock = new CctvClock(new SarClock(HolidayCalendar.bundled(), ClockSettings.defaults()));

    @ParameterizedTest(name = "recorded {0}: overwritten {1}")
    @CsvSource({"2026-09-01, 2026-10-01", "2026-02-15, 2026-03-17", "2028-02-10, 2028-03-11", "2026-12-15, 2027-01-14"})
    void footageIsOverwrittenThirtyDaysAfterRecording(LocalDate recorded, LocalDate overwritten) {
        CctvDeadline deadline = clock.deadline(recorded);

        assertThat(deadline.footageOverwrittenOn()).isEqualTo(overwritten);
        assertThat(deadline.sar()).isEmpty();
        assertThat(deadline.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "recorded {0}, received {1}: SAR due {2}, warning {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-09-01 | 2026-09-10 | 2026-10-12 | before the SAR is due on Mon 12 Oct 2026: preserve the footage now",
                "2026-09-05 | 2026-09-03 | 2026-10-05 | the day the SAR is due: preserve the footage now",
                "2026-09-20 | 2026-09-01 | 2026-10-01 | ",
                "2026-08-01 | 2026-09-03 | 2026-10-05 | before the request was received on Thu 3 Sep 2026: check at once",
            })
    void aPersonalCctvSarWarnsWhenFootageWouldBeLostFirst(
            LocalDate recorded, LocalDate received, LocalDate due, String warning) {
        CctvDeadline deadline = clock.deadline(recorded, SarTimeline.receivedOn(received, Nation.ENGLAND_AND_WALES));

        assertThat(deadline.sar()).flatMap(Deadline::due).contains(due);
        if (warning == null) {
            assertThat(deadline.warnings()).isEmpty();
        } else {
            assertThat(deadline.warnings()).singleElement().asString().contains(warning);
        }
        assertThat(deadline.explanation().get(0)).startsWith("footage recorded " + DateText.of(recorded));
        assertThat(deadline.explanation())
                .containsAll(deadline.sar().orElseThrow().explanation());
    }

    @Test
    void aStoppedSarClockStillWarns() {
        SarTimeline timeline = SarTimeline.receivedOn(LocalDate.of(2026, 9, 3), Nation.ENGLAND_AND_WALES)
                .withClarification(Clarification.unanswered(LocalDate.of(2026, 9, 4)));

        CctvDeadline deadline = clock.deadline(LocalDate.of(2026, 9, 1), timeline);

        assertThat(deadline.sar())
                .hasValueSatisfying(sar -> assertThat(sar.isStopped()).isTrue());
        assertThat(deadline.warnings())
                .containsExactly("the SAR clock is stopped, but the footage is still overwritten on Thu 1 Oct 2026:"
                        + " preserve the footage now");
    }
}
