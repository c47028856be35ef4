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
 * "What we removed and why": every document not in the bundle counted by reason, in the council's wording (a document
 * from another organisation with where to ask instead), and every redaction counted by code, in plain English.
 */
final class RemovedSummary {

    private RemovedSummary() {}

    static List<String> sentences(
            List<BundleDocument> documents, ReasonWordings wordings, Map<RedactionCode, Integer> redactions) {
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
        byReason.forEach((reason, n) -> sentences.add(wordings.sentence(reason, n)));
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
                        + ": " + lowerFirst(code.meaning(wordings))
                        + (code.thirdParty() ? " It is that person's information, not yours." : "")));
        if (sentences.isEmpty()) {
            sentences.add("We have not removed or covered anything.");
        }
        return sentences;
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
