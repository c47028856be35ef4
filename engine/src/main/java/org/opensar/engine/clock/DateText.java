package org.opensar.engine.clock;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read in explanations: "Thu 3 Sep 2026". */
final class DateText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);

    private DateText() {}

    static String of(LocalDate date) {
        return DATE.format(date);
    }

    static String of(ZonedDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }

    static String days(long count) {
        return count == 1 ? "1 day" : count + " days";
    }

    static String workingDays(long count) {
        return count == 1 ? "1 working day" : count + " working days";
    }
}
