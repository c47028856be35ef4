package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opensar.engine.detect.AnnotatedText.Annotation;
import org.opensar.engine.detect.AnnotatedText.Expectation;

/** Measures detection on annotated texts: third-party occurrences redacted, must-keep occurrences kept. */
final class DetectionEvaluation {

    /** The figures for one run; {@code misses} holds up to a few examples per slot. */
    record Figures(
            int thirdParty,
            int redacted,
            int mustKeep,
            int kept,
            int names,
            int namesRedacted,
            int spurious,
            Map<String, List<String>> misses) {

        double redactedShare() {
            return (double) redacted / thirdParty;
        }

        double keptShare() {
            return (double) kept / mustKeep;
        }

        double nameRecall() {
            return (double) namesRedacted / names;
        }

        String report(String label) {
            StringBuilder report = new StringBuilder(String.format(
                    "%s: third-party occurrences redacted %d/%d = %.2f%%; must-keep kept %d/%d = %.2f%%; "
                            + "third-party person names redacted %d/%d = %.2f%%; redactions touching no annotation %d%n",
                    label,
                    redacted,
                    thirdParty,
                    100 * redactedShare(),
                    kept,
                    mustKeep,
                    100 * keptShare(),
                    namesRedacted,
                    names,
                    100 * nameRecall(),
                    spurious));
            misses.forEach((slot, examples) -> report.append("  missed ")
                    .append(slot)
                    .append(": ")
                    .append(examples)
                    .append('\n'));
            return report.toString();
        }
    }

    private DetectionEvaluation() {}

    static Figures measure(List<AnnotatedText> texts) {
        int thirdParty = 0;
        int redacted = 0;
        int mustKeep = 0;
        int kept = 0;
        int names = 0;
        int namesRedacted = 0;
        int spurious = 0;
        Map<String, List<String>> misses = new TreeMap<>();
        for (AnnotatedText text : texts) {
            List<TextSpan> spans = PersonalDataDetector.forCase(text.description()).detect(text.text()).stream()
                    .filter(r -> r.type() != PersonalDataType.SENSITIVE_SENTENCE)
                    .map(ProposedRedaction::span)
                    .toList();
            for (Annotation annotation : text.annotations()) {
                boolean ok;
                if (annotation.expectation() == Expectation.REDACT) {
                    ok = covered(annotation.span(), spans);
                    thirdParty++;
                    redacted += ok ? 1 : 0;
                    if (annotation.personName()) {
                        names++;
                        namesRedacted += ok ? 1 : 0;
                    }
                } else {
                    ok = spans.stream().noneMatch(s -> s.overlaps(annotation.span()));
                    mustKeep++;
                    kept += ok ? 1 : 0;
                }
                if (!ok) {
                    List<String> examples = misses.computeIfAbsent(
                            annotation.expectation() + " " + annotation.slot(), k -> new ArrayList<>());
                    if (examples.size() < 3) {
                        examples.add(text.text());
                    }
                }
            }
            for (TextSpan span : spans) {
                if (text.annotations().stream().noneMatch(a -> a.span().overlaps(span))) {
                    spurious++;
                }
            }
        }
        return new Figures(thirdParty, redacted, mustKeep, kept, names, namesRedacted, spurious, misses);
    }

    private static boolean covered(TextSpan target, List<TextSpan> spans) {
        for (int i = target.start(); i < target.end(); i++) {
            int at = i;
            if (spans.stream().noneMatch(s -> s.start() <= at && at < s.end())) {
                return false;
            }
        }
        return true;
    }
}
