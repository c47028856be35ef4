package org.opensar.engine.tools.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Compares a {@code report.json} with the generator's {@code answer-key.json}.
 *
 * <p>Dispositions are compared document by document (a scanned document counts as right when it is in REVIEW for
 * OCR, or, where OCR ran, when it matches the key's after-OCR answer). Redactions are compared by text, since the
 * key's offsets are into the generator's text and the report's into the extracted text: in each document the key
 * disclosed, an occurrence of a third party's data counts as redacted while the report proposes at least as many
 * redactions covering that string as the key has occurrences of it, and a must-keep occurrence counts as kept
 * while no redaction covers it.
 */
public final class AnswerKeyComparison {

    private static final int MISTAKES_SHOWN = 25;

    private AnswerKeyComparison() {}

    public static Evaluation compare(JsonNode report, JsonNode answerKey) {
        Map<String, JsonNode> reported = new HashMap<>();
        report.get("documents").forEach(d -> reported.put(d.get("file").asString(), d));
        Counts counts = new Counts();
        CopyTally copies = new CopyTally();
        for (JsonNode expected : answerKey.get("documents")) {
            String file = expected.get("file").asString();
            JsonNode actual = reported.get(file);
            String expectedDisposition = expected.get("disposition").asString();
            String reportedDisposition =
                    actual == null ? "MISSING" : actual.get("disposition").asString();
            boolean right = dispositionRight(expected, actual);
            counts.documents++;
            counts.right += right ? 1 : 0;
            if (expected.path("heldOut").asBoolean(false)) {
                counts.heldOut++;
                counts.heldOutRight += right ? 1 : 0;
            }
            if (expectedDisposition.equals("WITHHOLD") && reportedDisposition.equals("DISCLOSE")) {
                counts.withheldDisclosed++;
            }
            counts.confusion
                    .computeIfAbsent(expectedDisposition, k -> new TreeMap<>())
                    .merge(reportedDisposition, 1, Integer::sum);
            if (!right && counts.mistakes.size() < MISTAKES_SHOWN) {
                counts.mistakes.add(new Evaluation.Mistake(
                        file,
                        expected.path("kind").asString(""),
                        expectedDisposition + "/" + expected.get("reason").asString(),
                        actual == null
                                ? "MISSING"
                                : reportedDisposition + "/"
                                        + actual.get("reason").asString()));
            }
            copies.add(expected);
            if (expectedDisposition.equals("DISCLOSE") && actual != null) {
                RedactionCoverage coverage = RedactionCoverage.of(actual.get("redactions"));
                for (JsonNode occurrence : expected.path("thirdParty")) {
                    counts.thirdParty++;
                    counts.redacted +=
                            coverage.claimCovering(occurrence.get("text").asString()) ? 1 : 0;
                }
                RedactionCoverage keepCoverage = RedactionCoverage.of(actual.get("redactions"));
                for (JsonNode occurrence : expected.path("keep")) {
                    counts.mustKeep++;
                    counts.kept +=
                            keepCoverage.coversExactly(occurrence.get("text").asString()) ? 0 : 1;
                }
            }
        }
        return new Evaluation(
                counts.documents,
                counts.right,
                counts.heldOut,
                counts.heldOutRight,
                counts.withheldDisclosed,
                copies.groups(),
                copies.handled(reported),
                copies.byKind(reported),
                copies.wronglyRemoved(reported),
                counts.thirdParty,
                counts.redacted,
                counts.mustKeep,
                counts.kept,
                counts.confusion,
                counts.mistakes);
    }

    private static boolean dispositionRight(JsonNode expected, JsonNode actual) {
        if (actual == null) {
            return false;
        }
        String reportedDisposition = actual.get("disposition").asString();
        String reportedReason = actual.get("reason").asString();
        JsonNode afterOcr = expected.get("afterOcr");
        if (afterOcr != null && !reportedReason.equals("NEEDS_OCR")) {
            return reportedDisposition.equals(afterOcr.get("disposition").asString());
        }
        return reportedDisposition.equals(expected.get("disposition").asString());
    }

    private static final class Counts {
        int documents;
        int right;
        int heldOut;
        int heldOutRight;
        int withheldDisclosed;
        int thirdParty;
        int redacted;
        int mustKeep;
        int kept;
        final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        final List<Evaluation.Mistake> mistakes = new ArrayList<>();
    }
}
