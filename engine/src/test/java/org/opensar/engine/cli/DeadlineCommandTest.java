package org.opensar.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeadlineCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Outcome(int exitCode, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new DeadlineCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherFindsTheCommand() {
        assertThat(ServiceLoader.load(Command.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(command -> assertThat(command.name()).isEqualTo("deadline"));
    }

    @Test
    void printsTheSarDueDateWithItsExplanation() {
        Outcome outcome = run("--received", "2026-09-03", "--clarification", "2026-09-07/2026-09-09");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.err()).isEmpty();
        JsonNode json = outcome.json();
        assertThat(json.get("type").asString()).isEqualTo("sar");
        assertThat(json.get("due").asString()).isEqualTo("2026-10-06");
        assertThat(json.get("extensionNoticeBy").asString()).isEqualTo("2026-10-06");
        assertThat(json.get("explanation").isArray()).isTrue();
        assertThat(json.get("explanation").get(0).asString()).isEqualTo("received Thu 3 Sep 2026");
        assertThat(json.has("stoppedSince")).isFalse();
    }

    @Test
    void everySarOptionReachesTheClock() {
        JsonNode json = run(
                        "--type=sar",
                        "--received=2026-09-01",
                        "--identity-received",
                        "2026-09-02",
                        "--authority-received",
                        "2026-09-03",
                        "--fee-received",
                        "2026-09-04",
                        "--clarification",
                        "2026-09-07/2026-09-07",
                        "--same-day-clarification",
                        "ignored",
                        "--nation",
                        "scotland",
                        "--extended")
                .json();

        assertThat(json.get("due").asString()).isEqualTo("2026-12-04");
        assertThat(json.get("extensionNoticeBy").asString()).isEqualTo("2026-10-05");
    }

    @Test
    void aStoppedClockHasNoDueDate() {
        JsonNode json = run("--received", "2026-08-25", "--clarification", "2026-09-01/")
                .json();

        assertThat(json.get("due").isNull()).isTrue();
        assertThat(json.get("stoppedSince").asString()).isEqualTo("2026-09-01");
        assertThat(json.get("daysUsed").asInt()).isEqualTo(7);
        assertThat(json.has("extensionNoticeBy")).isFalse();
        assertThat(json.get("explanation").toString())
                .contains("clock stopped since Tue 1 Sep 2026 waiting for clarification");
    }

    @ParameterizedTest(name = "--type {0} --received {1}: due {2}")
    @CsvSource({"foi, 2026-11-10, 2026-12-09", "eir, 2026-09-03, 2026-10-01"})
    void printsFoiAndEirDueDates(String type, String received, String due) {
        JsonNode json = run("--type", type, "--received", received).json();

        assertThat(json.get("type").asString()).isEqualTo(type);
        assertThat(json.get("due").asString()).isEqualTo(due);
    }

    @Test
    void printsTheBreachDeadlineAsADateTimeWithOffset() {
        JsonNode json = run("--type", "breach", "--aware", "2026-03-27T09:30").json();

        assertThat(json.get("aware").asString()).isEqualTo("2026-03-27T09:30+00:00");
        assertThat(json.get("due").asString()).isEqualTo("2026-03-30T10:30+01:00");
    }

    @Test
    void printsWhenCctvFootageIsLost() {
        JsonNode json = run("--type", "cctv", "--recorded", "2026-09-01", "--received", "2026-09-10")
                .json();

        assertThat(json.get("footageOverwrittenOn").asString()).isEqualTo("2026-10-01");
        assertThat(json.get("due").asString()).isEqualTo("2026-10-12");
        assertThat(json.get("warnings").get(0).asString()).endsWith("preserve the footage now");

        JsonNode footageOnly = run("--type", "cctv", "--recorded", "2026-09-01").json();
        assertThat(footageOnly.has("due")).isFalse();
        assertThat(footageOnly.get("warnings").isEmpty()).isTrue();
    }

    @Test
    void helpListsEveryOption() {
        Outcome outcome = run("--help");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("usage: bin/opensar deadline");
        Arrays.stream(DeadlineOption.values())
                .forEach(o -> assertThat(outcome.out()).contains(o.flag()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            value = {
                "--received 2026-13-01            => --received '2026-13-01' is not a date (expected YYYY-MM-DD)",
                "--received 3/9/2026              => --received '3/9/2026' is not a date (expected YYYY-MM-DD)",
                "--extended                       => --received is required for --type sar",
                "--type foi                       => --received is required for --type foi",
                "--type breach                    => --aware is required for --type breach",
                "--type cctv                      => --recorded is required for --type cctv",
                "--type breach --aware 2026-03-27 => --aware '2026-03-27' is not a date and time (expected"
                        + " YYYY-MM-DDTHH:MM, UK time)",
                "--received 2026-09-01 --colour red => unknown option '--colour' (see --help)",
                "--received 2026-09-01 2026-09-02 => unexpected argument '2026-09-02' (options start with --; see"
                        + " --help)",
                "--received                       => --received needs a value",
                "--received --extended            => --received needs a value",
                "--received 2026-09-01 --received 2026-09-02 => --received is given more than once",
                "--extended=yes --received 2026-09-01 => --extended takes no value",
                "--type parking --received 2026-09-01 => --type 'parking' is not a clock (expected"
                        + " sar|foi|eir|breach|cctv)",
                "--nation wales --received 2026-09-01 => --nation 'wales' is not a nation (expected one of"
                        + " england-and-wales, scotland, northern-ireland)",
                "--same-day-clarification maybe --received 2026-09-01 => --same-day-clarification 'maybe' is not"
                        + " counts or ignored",
                "--received 2026-09-01 --clarification 2026-09-09/2026-09-07 => --clarification"
                        + " '2026-09-09/2026-09-07' is answered before it was asked",
                "--received 2026-09-01 --clarification 2026-09-09 => --clarification '2026-09-09' is not"
                        + " ASKED/ANSWERED (e.g. 2026-09-07/2026-09-09, or 2026-09-07/ while unanswered)",
                "--received 2026-09-01 --clarification 2026-09-31/ => --clarification '2026-09-31' is not a date"
                        + " (expected YYYY-MM-DD)",
                "--received 2026-09-01 --aware 2026-09-01T10:00 => --aware is for --type breach, not --type sar",
                "--type breach --aware 2026-09-01T10:00 --received 2026-09-01 => --received is for --type"
                        + " sar|foi|eir|cctv, not --type breach",
                "--type foi --received 2026-09-01 --nation scotland => --nation is for --type sar|cctv, not --type foi",
                "--received 2026-09-01 --recorded 2026-08-30 => --recorded is for --type cctv, not --type sar",
                "--received 2026-09-03 --identity-received 2026-09-01 => identity evidence received 2026-09-01 is"
                        + " before the request was received on 2026-09-03",
            })
    void badArgumentsGiveOneClearLineAndExitTwo(String args, String message) {
        Outcome outcome = run(args.trim().split("\\s+"));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).isEqualTo("opensar deadline: " + message + System.lineSeparator());
    }
}
