package org.opensar.engine.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cuts a document's text into segments, replacing every approved redaction, and every other occurrence of any text
 * approved for redaction in the case, by a redaction segment that carries no trace of the text. An approved
 * redaction whose offsets no longer fit the text (the file was extracted differently) is still found by its text.
 */
final class TextRedactor {

    private record Span(int start, int end, ApprovedRedaction redaction) {}

    private final RedactedTerms terms;
    private final Map<String, ApprovedRedaction> byText;

    /** {@code byText}: for each redacted text, the approved redaction that stands for its other occurrences. */
    TextRedactor(RedactedTerms terms, Map<String, ApprovedRedaction> byText) {
        this.terms = terms;
        this.byText = byText;
    }

    /** Covers, in every document of the bundle, each text approved for redaction in any document it discloses. */
    static TextRedactor forBundle(BundleRequest request) {
        Map<String, ApprovedRedaction> byText = new HashMap<>();
        request.disclosedRedactions().forEach(r -> byText.putIfAbsent(r.text(), r));
        return new TextRedactor(request.redactedTerms(), byText);
    }

    /** A stretch of the text that is covered, and the approved redaction that stands for it. */
    record Covered(int start, int end, ApprovedRedaction redaction) {}

    List<Segment> segments(String text, List<ApprovedRedaction> approved) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Covered covered : covered(text, approved)) {
            if (covered.start() > at) {
                segments.add(Segment.text(text.substring(at, covered.start())));
            }
            segments.add(Segment.redacted(covered.redaction()));
            at = covered.end();
        }
        if (at < text.length()) {
            segments.add(Segment.text(text.substring(at)));
        }
        return segments;
    }

    /** The stretches of {@code text} to cover, in order, overlapping ones merged. */
    List<Covered> covered(String text, List<ApprovedRedaction> approved) {
        List<Span> spans = new ArrayList<>();
        for (ApprovedRedaction redaction : approved) {
            if (fits(text, redaction)) {
                spans.add(new Span(redaction.start(), redaction.end(), redaction));
            }
        }
        for (RedactedTerms.Occurrence occurrence : terms.find(text)) {
            ApprovedRedaction standing = Objects.requireNonNull(byText.get(occurrence.term()), occurrence.term());
            spans.add(new Span(occurrence.start(), occurrence.end(), standing));
        }
        spans.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Covered> covered = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            if (span.end() <= at) {
                continue;
            }
            if (span.start() > at || covered.isEmpty()) {
                covered.add(new Covered(span.start(), span.end(), span.redaction()));
            } else {
                Covered last = covered.remove(covered.size() - 1);
                covered.add(new Covered(last.start(), span.end(), last.redaction()));
            }
            at = span.end();
        }
        return covered;
    }

    private static boolean fits(String text, ApprovedRedaction redaction) {
        if (redaction.end() > text.length()) {
            return false;
        }
        List<String> expected =
                Words.of(redaction.text()).stream().map(Words.Word::folded).toList();
        List<String> actual = Words.of(text.substring(redaction.start(), redaction.end())).stream()
                .map(Words.Word::folded)
                .toList();
        return expected.equals(actual);
    }
}
