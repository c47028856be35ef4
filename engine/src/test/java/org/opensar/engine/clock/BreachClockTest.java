package org.opensar.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BreachClockTest {

    private final BreachClock clock = new BreachClock();

    @ParameterizedTest(name = "aware {0}: due {1}")
    @CsvSource({
        "2026-06-10T14:00, 2026-06-13T14:00+01:00", // summer, no change
        "2026-11-07T18:00, 2026-11-10T18:00Z", // a weekend counts like any other day
        "2026-03-27T09:30, 2026-03-30T10:30+01:00", // clocks go forward on Sun 29 March
        "2026-10-23T09:30, 2026-10-26T08:30Z", // clocks go back on Sun 25 October
        "2026-03-29T01:30, 2026-04-01T02:30+01:00", // 01:30 that night never happened: taken as 02:30 BST
        "2026-10-25T01:30, 2026-10-28T00:30Z", // 01:30 that night happened twice: the first is taken
        "2025-12-31T23:59, 2026-01-03T23:59Z",
    })
    void seventyTwoElapsedHoursInUkTime(LocalDateTime aware, OffsetDateTime due) {
        BreachDeadline deadline = clock.deadline(aware);

        assertThat(deadline.due().toOffsetDateTime()).isEqualTo(due);
        assertThat(Duration.between(deadline.awareAt(), deadline.due())).isEqualTo(Duration.ofHours(72));
        assertThat(deadline.due().getZone()).isEqualTo(BreachClock.UK);
    }

    @Test
    void explainsAClockChange() {
        assertThat(clock.deadline(LocalDateTime.of(2026, 3, 27, 9, 30)).explanation())
                .containsExactly(
                        "aware of the breach Fri 27 Mar 2026 09:30 GMT",
                        "72 clock hours later, nights and weekends included",
                        "the clocks go forward on Sun 29 Mar 2026: 72 hours later is 10:30 by the clock, not 09:30",
                        "notify the ICO by Mon 30 Mar 2026 10:30 BST where the breach is likely to result in a risk"
                                + " to people; log it either way");
    }

    @Test
    void explainsTimesThatDidNotHappenOrHappenedTwice() {
        assertThat(clock.deadline(LocalDateTime.of(2026, 3, 29, 1, 30)).explanation())
                .first()
                .asString()
                .contains("did not happen in UK time")
                .contains("Sun 29 Mar 2026 02:30 BST");
        assertThat(clock.deadline(LocalDateTime.of(2026, 10, 25, 1, 30)).explanation())
                .first()
                .asString()
                .contains("happened twice")
                .contains("01:30 BST");
    }

    @Test
    void saysNothingAboutClockChangesWhenThereIsNone() {
        assertThat(clock.deadline(LocalDateTime.of(2026, 6, 10, 14, 0)).explanation())
                .noneMatch(line -> line.contains("clocks go"));
    }
}
