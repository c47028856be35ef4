package org.opensar.engine.detect;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as UK records write them: 03/02/2004, 3.2.04, 2004-02-03, 3rd February 2004, Feb 3, 2004; and, at the start of
 * a diary's or log's entry, also without the year ("4th March", "Mon 4 March").
 */
public final class WrittenDates {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    static final Pattern DATE = Pattern.compile("(?i)\\b(?:(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})"
            + "|(\\d{4})-(\\d{2})-(\\d{2})"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})"
            + "|" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))\\b");

    /** {@link #DATE}'s layouts at the start of a text, the year optional in the worded ones; groups as in DATE. */
    private static final Pattern LEADING =
            Pattern.compile("(?i)^(?:(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?!\\d)"
                    + "|(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)"
                    + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])"
                    + "|" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d]))");
    /** A leap year, for a date written without one ("Mon 29 Feb"): only the days between such dates can matter. */
    private static final int YEAR_UNSAID = 2000;

    private WrittenDates() {}

    /** The date {@code text} starts with, if it is a real calendar date; a date without its year falls in 2000. */
    public static Optional<LocalDate> leading(String text) {
        Matcher m = LEADING.matcher(text);
        return m.lookingAt() ? toDate(m) : Optional.empty();
    }

    /** The date a whole string spells, if it is one of the layouts above and a real calendar date. */
    static Optional<LocalDate> parse(String written) {
        Matcher m = DATE.matcher(written.strip());
        return m.matches() ? toDate(m) : Optional.empty();
    }

    static Optional<LocalDate> toDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                return Optional.of(LocalDate.of(year(m.group(3)), num(m.group(2)), num(m.group(1))));
            }
            if (m.group(4) != null) {
                return Optional.of(LocalDate.of(num(m.group(4)), num(m.group(5)), num(m.group(6))));
            }
            if (m.group(7) != null) {
                return Optional.of(LocalDate.of(year(m.group(9)), month(m.group(8)), num(m.group(7))));
            }
            return Optional.of(LocalDate.of(year(m.group(12)), month(m.group(10)), num(m.group(11))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    /**
     * Two-digit years: 00 to 29 are this century, the rest the last (records hold people born since 1930); no year
     * at all is {@link #YEAR_UNSAID}.
     */
    private static int year(String digits) {
        if (digits == null) {
            return YEAR_UNSAID;
        }
        int year = num(digits);
        return digits.length() == 4 ? year : year < 30 ? 2000 + year : 1900 + year;
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }
}
