package org.opensar.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.DispositionModel;
import org.opensar.engine.policy.LearnedClassifier;

class TrainCommandTest {

    @TempDir
    static Path cases;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void generateTwoCases() {
        for (String seed : List.of("31", "32")) {
            int exit = new GenerateCommand()
                    .run(
                            List.of(
                                    "--seed",
                                    seed,
                                    "--documents",
                                    "45",
                                    "--family",
                                    "A,C",
                                    cases.resolve(seed).toString()),
                            new PrintStream(new ByteArrayOutputStream()),
                            new PrintStream(new ByteArrayOutputStream()));
            assertThat(exit).isZero();
        }
    }

    private int train(String... args) {
        return new TrainCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainsAModelTheCareLeaverPolicyCanUse(@TempDir Path tmp) throws Exception {
        Path model = tmp.resolve("model.bin");

        int exit = train(
                "--out",
                model.toString(),
                cases.resolve("31").toString(),
                cases.resolve("32").toString());

        assertThat(exit).isZero();
        assertThat(printed()).matches("wrote .*model.bin: trained on \\d+ documents of families A, C\\R");
        DispositionModel trained = DispositionModel.load(model.toString());
        assertThat(trained.categories()).contains("case notes", "police information");
        new LearnedClassifier(DisclosurePolicy.careLeaver(), trained);
    }

    @Test
    void measuresEachFamilyWithAModelTrainedOnTheOthers() {
        int exit = train(
                "--leave-one-family-out",
                cases.resolve("31").toString(),
                cases.resolve("32").toString());

        assertThat(exit).isZero();
        assertThat(printed())
                .containsPattern("family A: \\d+ documents, \\d+\\.\\d% right \\(the rules alone \\d+\\.\\d%\\),"
                        + " withheld disclosed \\d+")
                .containsPattern("family C: \\d+ documents")
                .containsPattern("all families: \\d+ documents, \\d+\\.\\d% right");
    }

    @Test
    void aFolderWithoutAnAnswerKeyIsRefused(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("case.json"), "{\"subject\": {\"name\": \"A Example\"}}");

        assertThat(train("--out", tmp.resolve("m.bin").toString(), tmp.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no answer-key.json");
    }

    @Test
    void badArgumentsExitWithUsage() {
        assertThat(train(cases.resolve("31").toString())).isEqualTo(2);
        assertThat(train("--bogus")).isEqualTo(2);
        assertThat(train("--out")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: opensar train");
    }
}
