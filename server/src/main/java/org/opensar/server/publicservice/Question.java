package org.opensar.server.publicservice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One question on its own page (the GOV.UK "one thing per page" pattern): what is asked, a hint, how an answer is
 * checked, and when the question applies. Answers are kept as text: a date as {@code 2026-05-01}, a choice as the
 * option's value, a list one item per line.
 */
record Question(
        String id,
        Kind kind,
        String heading,
        String hint,
        boolean required,
        String missing,
        List<Option> options,
        Predicate<Map<String, String>> shownWhen) {

    enum Kind {
        TEXT,
        EMAIL,
        PHONE,
        TEXTAREA,
        LINES,
        DATE,
        CHOICE
    }

    /** A choice in a list of radios. */
    record Option(String value, String label, String hint) {}

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{7,20}");

    static Question ask(String id, Kind kind, String heading, String missing) {
        return new Question(id, kind, heading, null, missing != null, missing, List.of(), answers -> true);
    }

    Question hint(String text) {
        return new Question(id, kind, heading, text, required, missing, options, shownWhen);
    }

    Question options(Option... choices) {
        return new Question(id, kind, heading, hint, required, missing, List.of(choices), shownWhen);
    }

    Question when(Predicate<Map<String, String>> condition) {
        return new Question(id, kind, heading, hint, required, missing, options, condition);
    }

    /** The autocomplete token for the browser (WCAG 1.3.5), or null. */
    public String autocomplete() {
        return switch (id) {
            case "fullName" -> "name";
            case "email" -> "email";
            case "phone" -> "tel";
            case "address" -> "street-address";
            case "organisation" -> "organization";
            default -> null;
        };
    }

    /** For a date of birth, the browser's "bday-" autocomplete prefix; for other dates, null. */
    public boolean birthday() {
        return id.equals("dateOfBirth");
    }

    boolean shown(Map<String, String> answers) {
        return shownWhen.test(answers);
    }

    /** The label of a choice, for "check your answers". */
    String display(String answer) {
        if (answer == null || answer.isBlank()) {
            return "Not given";
        }
        if (kind == Kind.CHOICE) {
            return options.stream()
                    .filter(o -> o.value().equals(answer))
                    .map(Option::label)
                    .findFirst()
                    .orElse(answer);
        }
        if (kind == Kind.DATE) {
            return PublicDates.longDate(LocalDate.parse(answer));
        }
        return answer;
    }

    /** The answer as submitted, normalised. */
    record Checked(String value, String error) {
        boolean ok() {
            return error == null;
        }
    }

    /**
     * Checks what was typed. For a date the three fields come as {@code id-day}, {@code id-month}, {@code id-year}.
     */
    Checked check(Map<String, String> form, LocalDate today) {
        if (kind == Kind.DATE) {
            return checkDate(form, today);
        }
        String value = Optional.ofNullable(form.get(id)).map(String::strip).orElse("");
        if (value.isEmpty()) {
            return required ? new Checked(value, missing) : new Checked("", null);
        }
        int max = kind == Kind.TEXTAREA || kind == Kind.LINES ? 5000 : 200;
        if (value.length() > max) {
            return new Checked(value, "Your answer must be " + max + " characters or fewer");
        }
        return switch (kind) {
            case EMAIL ->
                EMAIL.matcher(value).matches()
                        ? new Checked(value, null)
                        : new Checked(value, "Enter an email address in the correct format, like name@example.com");
            case PHONE ->
                PHONE.matcher(value).matches()
                        ? new Checked(value, null)
                        : new Checked(value, "Enter a telephone number, like 01632 960 001 or 07700 900 982");
            case CHOICE ->
                options.stream().anyMatch(o -> o.value().equals(value))
                        ? new Checked(value, null)
                        : new Checked("", missing);
            case LINES ->
                new Checked(
                        String.join(
                                "\n",
                                value.lines()
                                        .map(String::strip)
                                        .filter(s -> !s.isEmpty())
                                        .toList()),
                        null);
            default -> new Checked(value, null);
        };
    }

    private Checked checkDate(Map<String, String> form, LocalDate today) {
        String day = form.getOrDefault(id + "-day", "").strip();
        String month = form.getOrDefault(id + "-month", "").strip();
        String year = form.getOrDefault(id + "-year", "").strip();
        String typed = year + "-" + month + "-" + day;
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return required ? new Checked("", missing) : new Checked("", null);
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (year.length() != 4) {
                return new Checked(typed, "The year must include 4 numbers");
            }
            if (date.isAfter(today)) {
                return new Checked(typed, "The date must be today or in the past");
            }
            return new Checked(date.toString(), null);
        } catch (NumberFormatException | DateTimeException e) {
            return new Checked(typed, "The date must be a real date, like 27 3 2007");
        }
    }
}
