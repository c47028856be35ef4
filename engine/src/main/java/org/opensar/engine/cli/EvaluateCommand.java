package org.opensar.engine.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opensar.engine.tools.evaluate.AnswerKeyComparison;
import org.opensar.engine.tools.evaluate.Evaluation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/opensar evaluate REPORT ANSWER_KEY}: how a {@code process} report on a generated case compares with
 * the generator's answer key (dispositions, duplicates, redactions), printed as JSON, with the shares on stderr.
 */
public final class EvaluateCommand implements Command {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "evaluate REPORT.json ANSWER-KEY.json: accuracy of a report against a generated case's answer key";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2) {
            err.println("opensar evaluate: usage: bin/opensar evaluate OUT_DIR/report.json CASE_DIR/answer-key.json");
            return 2;
        }
        JsonNode report;
        JsonNode key;
        try {
            report = read(Path.of(args.get(0)));
            key = read(Path.of(args.get(1)));
        } catch (IllegalArgumentException e) {
            err.println("opensar evaluate: " + e.getMessage());
            return 2;
        }
        Evaluation evaluation = AnswerKeyComparison.compare(report, key);
        out.println(JSON.writeValueAsString(evaluation));
        String heldOut = evaluation.heldOutDocuments() == 0
                ? "no held-out templates in this case"
                : "held-out templates %.2f%%".formatted(100 * evaluation.heldOutDispositionAccuracy());
        err.printf(
                "dispositions right %.2f%% (%s), withheld disclosed %d, duplicate groups handled %.2f%%, third-party"
                        + " occurrences redacted %.2f%%, must-keep kept %.2f%%%n",
                100 * evaluation.dispositionAccuracy(),
                heldOut,
                evaluation.withheldDisclosed(),
                100 * evaluation.duplicateGroupsHandledShare(),
                100 * evaluation.thirdPartyRedactedShare(),
                100 * evaluation.mustKeepKeptShare());
        evaluation
                .duplicateGroupsByKind()
                .forEach((kind, groups) ->
                        err.printf("  %s: %d of %d groups handled%n", kind, groups.handled(), groups.groups()));
        err.printf(
                "documents the key keeps that were removed as duplicates: %d%s%n",
                evaluation.wronglyRemovedAsDuplicates().size(),
                evaluation.wronglyRemovedAsDuplicates().isEmpty() ? "" : " " + evaluation.wronglyRemovedAsDuplicates());
        return 0;
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage());
        }
    }
}
