package org.opensar.server.publicservice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: "1 May 2026", "3:30pm on 1 May 2026". */
final class PublicDates {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private PublicDates() {}

    static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    static String dateTime(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        var local = at.atZoneSameInstant(UK);
        return TIME.format(local).toLowerCase(Locale.UK) + " on " + LONG.format(local);
    }
}
