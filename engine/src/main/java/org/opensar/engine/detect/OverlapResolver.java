package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one overlap strategy: where results overlap, the higher score wins; on equal scores the longer span; then the
 * recognizer registered first; then the earlier start. A losing result is dropped whole, never trimmed. Sensitive
 * sentences are a layer of their own (a review flag over a sentence) and never compete with the spans inside them.
 */
final class OverlapResolver {

    private final List<String> registrationOrder;

    OverlapResolver(List<String> registrationOrder) {
        this.registrationOrder = List.copyOf(registrationOrder);
    }

    List<RecognizerResult> resolve(List<RecognizerResult> results) {
        List<RecognizerResult> ranked = new ArrayList<>(results);
        ranked.sort(Comparator.comparingDouble(RecognizerResult::score)
                .reversed()
                .thenComparing(r -> -r.span().length())
                .thenComparingInt(r -> registrationOrder.indexOf(r.recognizer()))
                .thenComparingInt(r -> r.span().start()));
        TreeMap<Integer, RecognizerResult> kept = new TreeMap<>();
        List<RecognizerResult> sentences = new ArrayList<>();
        for (RecognizerResult result : ranked) {
            if (result.type() == PersonalDataType.SENSITIVE_SENTENCE) {
                sentences.add(result);
            } else if (!overlapsAny(kept, result.span())) {
                kept.put(result.span().start(), result);
            }
        }
        List<RecognizerResult> resolved = new ArrayList<>(kept.values());
        resolved.addAll(sentences);
        resolved.sort(Comparator.comparingInt((RecognizerResult r) -> r.span().start())
                .thenComparingInt(r -> r.span().end()));
        return resolved;
    }

    private static boolean overlapsAny(TreeMap<Integer, RecognizerResult> kept, TextSpan span) {
        Map.Entry<Integer, RecognizerResult> before = kept.floorEntry(span.start());
        if (before != null && before.getValue().span().overlaps(span)) {
            return true;
        }
        Map.Entry<Integer, RecognizerResult> after = kept.ceilingEntry(span.start());
        return after != null && after.getValue().span().overlaps(span);
    }
}
