package org.opensar.engine.duplicates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar dates a text mentions ("14/12/2013", "14 December 2013", "14th Dec 2013"), as sorted distinct epoch
 * days. Two records built on the same form that mention different dates are different records, however alike their
 * wording; a copy mentions the same dates as its original.
 */
final class MentionedDates {

    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b");
    private static final Pattern WRITTEN = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private MentionedDates() {}

    static int[] of(String text) {
        TreeSet<Integer> days = new TreeSet<>();
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            add(days, numeric.group(3), Integer.parseInt(numeric.group(2)), numeric.group(1));
        }
        Matcher written = WRITTEN.matcher(text);
        while (written.find()) {
            int month = MONTHS.indexOf(written.group(2).toLowerCase(Locale.ROOT)) + 1;
            add(days, written.group(3), month, written.group(1));
        }
        return days.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether every date one text mentions is also mentioned by the other (either way round). */
    static boolean compatible(int[] a, int[] b) {
        return contains(a, b) || contains(b, a);
    }

    private static boolean contains(int[] all, int[] some) {
        return Arrays.stream(some).allMatch(day -> Arrays.binarySearch(all, day) >= 0);
    }

    private static void add(TreeSet<Integer> days, String year, int month, String day) {
        try {
            days.add((int) LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))
                    .toEpochDay());
        } catch (DateTimeException notADate) {
            // "31/02/2020" or a reference number that looks like a date: not a date
        }
    }
}
