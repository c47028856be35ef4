package org.opensar.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new GenerateCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesACaseAndPrintsOneLine(@TempDir Path dir) {
        Path target = dir.resolve("case");

        int code = run("--seed", "9", "--documents", "12", "--held-out", "exclude", target.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches("generated case CL-\\d+: 12 documents, \\d+ pages .*\\R");
        assertThat(target.resolve("case.json")).exists();
        assertThat(target.resolve("answer-key.json")).exists();
    }

    @Test
    void writesOnlyTheFamiliesNamed(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("case");

        int code = run("--seed", "4", "--documents", "40", "--family", "B,D", target.toString());

        assertThat(code).isZero();
        JsonNode key =
                JsonMapper.shared().readTree(target.resolve("answer-key.json").toFile());
        assertThat(key.get("documents").valueStream().map(d -> d.get("family").asString()))
                .hasSize(40)
                .containsOnly("B", "D")
                .contains("B", "D");
    }

    @Test
    void refusesANonEmptyDirectoryWithOneLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("existing.txt"), "x");

        assertThat(run(dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .singleElement()
                .asString()
                .contains("not empty");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--seed x OUT",
                "--documents 0 OUT",
                "--held-out some OUT",
                "--family c OUT",
                "--family A,BC OUT",
                "--family A --held-out only OUT",
                "--documents",
                "",
                "--bogus OUT",
                "A B"
            })
    void badArgumentsExitWithTwo(String args) {
        assertThat(run(args.isEmpty() ? new String[0] : args.split(" "))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("opensar generate: ")
                .contains("usage:");
    }

    @Test
    void isRegisteredForTheLauncher() {
        assertThat(java.util.ServiceLoader.load(org.opensar.engine.cli.Command.class).stream()
                        .map(p -> p.type().getName()))
                .contains(GenerateCommand.class.getName());
    }
}
