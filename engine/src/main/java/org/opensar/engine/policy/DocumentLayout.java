package org.opensar.engine.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.engine.detect.WrittenDates;

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

    private static final int MAX_GAP_DAYS = 3;
    private static final double DAILY_SHARE = 2.0 / 3;
    /** What may come before an entry's date: a table's bar, a bullet, a weekday, a label ("Date:", "Entry date -"). */
    private static final Pattern LEAD = Pattern.compile(
            "^[\\s|\u2022*\\-]*(?:[\\p{L}][\\p{L} ]{0,20}?\\s*(?::|\\s[-\u2013])\\s*)?"
                    + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private DocumentLayout() {}

    /** The shapes {@code text} takes. */
    static Set<Shape> of(String text) {
        Set<Shape> shapes = EnumSet.noneOf(Shape.class);
        if (daily(entryDates(text))) {
            shapes.add(Shape.DAILY_ENTRIES);
        }
        return Collections.unmodifiableSet(shapes);
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

    /** The date an entry starts with, after any bar, bullet, label or weekday before it. */
    static Optional<LocalDate> leadingDate(String line) {
        Matcher lead = LEAD.matcher(line);
        return WrittenDates.leading(lead.lookingAt() ? line.substring(lead.end()) : line);
    }
}
