package org.opensar.engine.detect;

import java.util.List;

/** What detection made of one text: the redactions it proposes and what it found but keeps, each in text order. */
public record DetectionResult(List<ProposedRedaction> redactions, List<KeptMention> kept) {

    public DetectionResult {
        redactions = List.copyOf(redactions);
        kept = List.copyOf(kept);
    }
}
