package org.opensar.engine.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a document, measured whatever its words say, for the policy's {@link SignalKind#LAYOUT} signals. A
 * carer's diary, a children's home shift log or a daily record is kept day by day: its entries start with dates a
 * day or two apart. A chronology's dates are weeks or months apart, a case note or a report carries one date, so
 * neither takes this shape, however it is worded.
 */
final class DocumentLayout {

    /** A shape a policy may name in a {@code LAYOUT} signal. */
    enum Shape {
        /** Three or more entries, each starting with a date, on days mostly no more than {@link #MAX_GAP_DAYS} apart. */
        DAILY_ENTRIES("daily entries");

        private final String phrase;

        Shape(String phrase) {
            this.phrase = phrase;
        }

        String phrase() {
            return phrase;
        }

        static Optional<Shape> named(String phrase) {
            for (Shape shape : values()) {
                if (shape.phrase.equalsIgnoreCase(phrase.strip())) {
                    return Optional.of(shape);
                }
            }
            return Optional.empty();
        }
    }

    private static final int MIN_DAYS = 3;
    /** A leap year, for entries dated without one ("Mon 29 Feb"); only the days between entries matter. */
    private static final int YEAR_UNSAID = 2000;

    private static final int MAX_GAP_DAYS = 3;
    private static final double DAILY_SHARE = 2.0 / 3;
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** What may come before an entry's date: a table's bar, a bullet, a weekday, a label ("Date:", "Entry date -"). */
    private static final Pattern LEAD = Pattern.compile(
            "^[\\s|\u2022*\\-]*(?:[\\p{L}][\\p{L} ]{0,20}?\\s*(?::|\\s[-\u2013])\\s*)?"
                    + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern WORDED = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

    private DocumentLayout() {}

    /** The shapes {@code text} takes. */
    static Set<Shape> of(String text) {
        Set<Shape> shapes = EnumSet.noneOf(Shape.class);
        if (daily(entryDates(text))) {
            shapes.add(Shape.DAILY_ENTRIES);
        }
        return shapes;
    }

    /** The dates that start lines, in the order written. */
    static List<LocalDate> entryDates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        text.lines().forEach(line -> leadingDate(line).ifPresent(dates::add));
        return dates;
    }

    private static boolean daily(List<LocalDate> dates) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate date : dates) {
            if (days.isEmpty() || !days.get(days.size() - 1).equals(date)) {
                days.add(date);
            }
        }
        if (days.size() < MIN_DAYS) {
            return false;
        }
        int close = 0;
        for (int i = 1; i < days.size(); i++) {
            long gap = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
            if (gap >= 1 && gap <= MAX_GAP_DAYS) {
                close++;
            }
        }
        return close >= DAILY_SHARE * (days.size() - 1);
    }

    static Optional<LocalDate> leadingDate(String line) {
        Matcher lead = LEAD.matcher(line);
        String rest = lead.lookingAt() ? line.substring(lead.end()) : line;
        try {
            Matcher m = ISO.matcher(rest);
            if (m.lookingAt()) {
                return Optional.of(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
            }
            m = NUMERIC.matcher(rest);
            if (m.lookingAt()) {
                int year = number(m, 3);
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, number(m, 2), number(m, 1)));
            }
            m = WORDED.matcher(rest);
            if (m.lookingAt()) {
                int year = m.group(3) == null ? YEAR_UNSAID : number(m, 3);
                return Optional.of(LocalDate.of(year, month(m.group(2)), number(m, 1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // "31/02/2019" or a reference that looks like a date is no entry's date
        }
        return Optional.empty();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String abbreviation) {
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                        .indexOf(abbreviation.toLowerCase(Locale.ROOT))
                + 1;
    }
}
