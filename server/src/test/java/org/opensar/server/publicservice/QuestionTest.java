package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each kind of question checks what was typed, with the GOV.UK error messages. */
class QuestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "27|3|1990|1990-03-27|null",
                "1|5|2026|2026-05-01|null", // today is allowed
                "2|5|2026|2|The date must be today or in the past",
                "30|2|1990|1990-2-30|The date must be a real date, like 27 3 2007",
                "x|3|1990|1990-3-x|The date must be a real date, like 27 3 2007",
                "27|3|90|90-3-27|The year must include 4 numbers",
                "''|''|''|''|Enter your date of birth",
            })
    void dates(String day, String month, String year, String value, String error) {
        Question question = Question.ask(
                "dateOfBirth", Question.Kind.DATE, "What is your date of birth?", "Enter your date of birth");
        Map<String, String> typed = new HashMap<>();
        typed.put("dateOfBirth-day", day);
        typed.put("dateOfBirth-month", month);
        typed.put("dateOfBirth-year", year);

        Question.Checked checked = question.check(typed, TODAY);

        assertThat(checked.error()).isEqualTo(error);
        if (error == null) {
            assertThat(checked.value()).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "robin@example.org|null",
                "  robin@example.org  |null",
                "robin@example|Enter an email address in the correct format, like name@example.com",
                "robin example.org|Enter an email address in the correct format, like name@example.com",
                "''|Enter your email address",
            })
    void emails(String typed, String error) {
        Question question =
                Question.ask("email", Question.Kind.EMAIL, "What is your email address?", "Enter your email address");
        assertThat(question.check(Map.of("email", typed), TODAY).error()).isEqualTo(error);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "01632 960 001|null",
                "+44 7700 900982|null",
                "''|null", // optional
                "call me|Enter a telephone number, like 01632 960 001 or 07700 900 982",
            })
    void phones(String typed, String error) {
        Question question = Question.ask("phone", Question.Kind.PHONE, "What is your telephone number?", null);
        assertThat(question.check(Map.of("phone", typed), TODAY).error()).isEqualTo(error);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {"ELECTRONIC|null", "POST|null", "FAX|Select how", "''|Select how"})
    void choices(String typed, String error) {
        Question question = Question.ask("delivery", Question.Kind.CHOICE, "How?", "Select how")
                .options(
                        new Question.Option("ELECTRONIC", "Electronically", null),
                        new Question.Option("POST", "By post", null));
        assertThat(question.check(Map.of("delivery", typed), TODAY).error()).isEqualTo(error);
    }

    @org.junit.jupiter.api.Test
    void aListKeepsOneItemPerLineWithoutBlanks() {
        Question question = Question.ask("otherNames", Question.Kind.LINES, "Other names?", null);
        assertThat(question.check(Map.of("otherNames", " Robin Oldname \n\n  Rob \r\n"), TODAY)
                        .value())
                .isEqualTo("Robin Oldname\nRob");
    }

    @org.junit.jupiter.api.Test
    void aLongAnswerIsRefused() {
        Question question = Question.ask("fullName", Question.Kind.TEXT, "Name?", "Enter your full name");
        assertThat(question.check(Map.of("fullName", "x".repeat(201)), TODAY).error())
                .isEqualTo("Your answer must be 200 characters or fewer");
    }
}
