package org.opensar.engine.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/**
 * "What we removed and why": every document not in the bundle counted by reason, with where to ask instead, and
 * every redaction counted by code, in plain English.
 */
final class RemovedSummary {

    private RemovedSummary() {}

    static List<String> sentences(List<BundleDocument> documents, Map<RedactionCode, Integer> redactions) {
        Map<SourceBody, Integer> bySource = new EnumMap<>(SourceBody.class);
        Map<ReasonCode, Integer> byReason = new EnumMap<>(ReasonCode.class);
        int awaiting = 0;
        for (BundleDocument document : documents) {
            Decision decision = document.decision();
            switch (decision.disposition()) {
                case DISCLOSE -> {}
                case REVIEW -> awaiting++;
                case WITHHOLD, REMOVE -> {
                    if (decision.reason() == ReasonCode.THIRD_PARTY_SOURCE) {
                        bySource.merge(SourceBody.of(clues(document)), 1, Integer::sum);
                    } else {
                        byReason.merge(decision.reason(), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        bySource.forEach((body, n) -> sentences.add(documents(n) + " " + body.advice(n) + "."));
        byReason.forEach((reason, n) -> sentences.add(documents(n) + " " + why(reason, n)));
        if (awaiting > 0) {
            sentences.add(
                    awaiting == 1
                            ? "1 document still needs to be read by an officer before we can decide about it. It is listed at"
                                    + " the end of the index as awaiting review, and we will write to you about it."
                            : awaiting
                                    + " documents still need to be read by an officer before we can decide about them. They"
                                    + " are listed at the end of the index as awaiting review, and we will write to you about"
                                    + " them.");
        }
        redactions.forEach((code, n) -> sentences.add(
                "We covered " + n + (n == 1 ? " piece" : " pieces") + " of information with a box marked " + code.name()
                        + ": " + lowerFirst(code.meaning())
                        + " It is that person's information, not yours."));
        if (sentences.isEmpty()) {
            sentences.add("We have not removed or covered anything.");
        }
        return sentences;
    }

    private static String why(ReasonCode reason, int n) {
        boolean one = n == 1;
        String are = one ? "is" : "are";
        String were = one ? "was" : "were";
        String them = one ? "it" : "them";
        return switch (reason) {
            case COURT ->
                (one ? "is a court document or was" : "are court documents or were")
                        + " written by social care for a court: you can ask the court that dealt with the case for "
                        + them + ".";
            case FINANCIAL ->
                are + " about money (payments, grants or placement costs). " + (one ? "It is" : "They are")
                        + " the council's financial " + (one ? "record" : "records") + ", not your personal data.";
            case ADMIN ->
                (one ? "is an administrative record" : "are administrative records")
                        + " for staff only, such as the Placement Information Record.";
            case DUPLICATE ->
                (one ? "was a copy" : "were copies") + " of a document that is already in this bundle, so we kept one"
                        + " copy.";
            case NOT_MEANINGFUL ->
                "had nothing meaningful in " + them + " (for example \"No issues\" or \"Went to school as normal\").";
            default -> were + " kept back for another reason an officer can explain to you.";
        };
    }

    private static String clues(BundleDocument document) {
        DocumentMetadata metadata = document.document().metadata();
        String evidence =
                document.decision().evidence().stream().map(Evidence::value).collect(Collectors.joining(" "));
        return String.join(" ", String.valueOf(metadata.source()), String.valueOf(metadata.author()), evidence);
    }

    private static String documents(int n) {
        return n == 1 ? "1 document" : n + " documents";
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
