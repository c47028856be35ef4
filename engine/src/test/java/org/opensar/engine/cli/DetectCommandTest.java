package org.opensar.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DetectCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CASE_JSON = """
            {"reference": "SAR-1",
             "subject": {"name": "Kayleigh Morris"},
             "people": [{"name": "Donna Morris", "aliases": ["Ms Morris"], "relationship": "mother", "category": "FAMILY"},
                        {"name": "Sarah Okafor", "category": "COUNCIL_STAFF"}]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        DetectCommand command = new DetectCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return command.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void printsTheProposedRedactionsOfAFileAsJson() throws IOException {
        Path caseFile = write("case.json", CASE_JSON);
        Path note = write("note.txt", "Sarah Okafor visited Kayleigh. Ms Morris rang from 07700 900123.");

        int exit = run("", "--case", caseFile.toString(), note.toString());

        assertThat(exit).isZero();
        JsonNode spans = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(spans.isArray()).isTrue();
        assertThat(spans.valueStream().map(s -> s.get("text").asString())).containsExactly("Ms Morris", "07700 900123");
        JsonNode first = spans.get(0);
        assertThat(first.get("start").asInt()).isEqualTo(31);
        assertThat(first.get("end").asInt()).isEqualTo(40);
        assertThat(first.get("type").asString()).isEqualTo("PERSON");
        assertThat(first.get("reason").get("code").asString()).isEqualTo("THIRD_PARTY_NAME");
        assertThat(first.get("reason").get("plainEnglish").asString()).contains("another person");
        assertThat(first.get("recognizer").asString()).isEqualTo("PeopleRegisterRecognizer");
        assertThat(first.get("score").asDouble()).isEqualTo(1.0);
        assertThat(first.get("explanation").get("detail").asString()).contains("Donna Morris");
        assertThat(first.get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void readsStandardInputWithoutACaseAndRedactsEveryName() {
        int exit = run("Kayleigh met Tyler.", "-");

        assertThat(exit).isZero();
        JsonNode spans = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(spans.valueStream().map(s -> s.get("text").asString())).containsExactly("Kayleigh", "Tyler");
    }

    @Test
    void batchModePrintsOneLinePerRecord() throws IOException {
        Path caseFile = write("case.json", CASE_JSON);
        Path batch = write("batch.jsonl", """
                {"id": "a", "text": "Donna Morris phoned."}

                {"id": 7, "text": "Nothing personal here."}
                """);

        int exit = run("", "--case", caseFile.toString(), "--jsonl", batch.toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asString()).isEqualTo("a");
        assertThat(first.get("spans").get(0).get("text").asString()).isEqualTo("Donna Morris");
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("id").asInt()).isEqualTo(7);
        assertThat(second.get("spans").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (nothing)                        | give exactly one of FILE
            --verbose note.txt               | unknown option --verbose
            a.txt b.txt                      | one input only
            --case                           | --case needs a file name
            --jsonl x.jsonl note.txt         | give exactly one of FILE
            missing.txt                      | no such file
            --case missing.json note.txt     | cannot read
            --case bad.json note.txt         | not a valid case description
            --jsonl bad.jsonl                | line 1 is not JSON
            """)
    void badArgumentsExitTwoWithOneLine(String args, String message) throws IOException {
        write("note.txt", "text");
        write("bad.json", "{\"reference\": 1");
        write("bad.jsonl", "not json\n");
        List<String> argv = args.equals("(nothing)")
                ? List.of()
                : List.of(args.split(" ")).stream()
                        .map(a -> a.contains(".") ? dir.resolve(a).toString() : a)
                        .toList();

        int exit = run("", argv.toArray(String[]::new));

        assertThat(exit).isEqualTo(2);
        String error = err.toString(StandardCharsets.UTF_8);
        assertThat(error.lines())
                .singleElement()
                .asString()
                .startsWith("detect: ")
                .contains(message);
    }

    @Test
    void isRegisteredForTheLauncher() {
        assertThat(ServiceLoader.load(Command.class).stream().map(p -> p.get().name()))
                .contains("detect");
    }

    @Test
    void printsThePeopleRegisterItUsedOnStandardError() throws IOException {
        Path caseFile = write("case.json", CASE_JSON);
        Path staff = write("staff.csv", "name,job title\nAmrit Khan,Social Worker\n");
        Path note = write("note.txt", "Amrit Khan (social worker) visited. Her nan, Rita Cole, was there.");

        int exit = run("", "--case", caseFile.toString(), "--staff", staff.toString(), note.toString());

        assertThat(exit).isZero();
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("detect: the people register used:");
        JsonNode register = JSON.readTree(printed.substring(printed.indexOf('{')));
        assertThat(register.get("people")
                        .valueStream()
                        .map(p -> p.get("name").asString() + "/"
                                + p.get("category").asString()))
                .contains("Amrit Khan/COUNCIL_STAFF", "Rita Cole/FAMILY");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Rita Cole").doesNotContain("\"Amrit Khan\"");
    }

    @Test
    void aMalformedStaffDirectoryIsAClearErrorNamingTheLine() throws IOException {
        Path caseFile = write("case.json", CASE_JSON);
        Path staff = write("staff.csv", "name,email\nAmrit Khan,amrit@council.gov.uk\n,nobody@council.gov.uk\n");
        Path note = write("note.txt", "Amrit Khan visited.");

        int exit = run("", "--case", caseFile.toString(), "--staff", staff.toString(), note.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("detect: " + staff + " line 3: no name");
    }
}
