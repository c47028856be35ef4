package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MentionedDatesTest {

    private static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("numeric", "Date: 14/12/2013", new int[] {day(2013, 12, 14)}),
                Arguments.of("written", "seen on 14 December 2013 and 2nd Jan 2014", new int[] {
                    day(2013, 12, 14), day(2014, 1, 2)
                }),
                Arguments.of("same day twice", "14/12/2013 and 14 December 2013", new int[] {day(2013, 12, 14)}),
                // not dates
                Arguments.of("impossible date", "31/02/2020", new int[0]),
                Arguments.of("reference number", "Ref: CL-224821, case AS36C43622", new int[0]),
                Arguments.of("month without a year", "14 December", new int[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void findsCalendarDates(String name, String text, int[] expected) {
        assertThat(MentionedDates.of(text)).containsExactly(expected);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("same dates", "1/2/2020", "1 February 2020", true),
                Arguments.of("one adds a date", "1/2/2020", "1/2/2020 and 3/2/2020", true),
                Arguments.of("neither has dates", "no dates", "none here", true),
                Arguments.of("different days", "14/12/2013", "26/01/2016", false),
                Arguments.of("each has one the other lacks", "1/2/2020 2/2/2020", "1/2/2020 3/2/2020", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void copiesMentionTheSameDates(String name, String a, String b, boolean compatible) {
        assertThat(MentionedDates.compatible(MentionedDates.of(a), MentionedDates.of(b)))
                .isEqualTo(compatible);
    }
}
