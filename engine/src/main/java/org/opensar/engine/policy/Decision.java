package org.opensar.engine.policy;

import java.util.List;
import java.util.Objects;

/**
 * What to do with one document and why: the reason code, the evidence as data, a confidence from 0 to 1, a
 * plain-English explanation for the requester, and for a duplicate the file of the copy that is kept.
 */
public record Decision(
        Disposition disposition,
        ReasonCode reason,
        List<Evidence> evidence,
        double confidence,
        String explanation,
        String duplicateOf) {

    public Decision {
        Objects.requireNonNull(reason, "reason");
        if (disposition != reason.disposition()) {
            throw new IllegalArgumentException(
                    reason + " is a reason to " + reason.disposition() + ", not " + disposition);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        evidence = List.copyOf(evidence);
        explanation = explanation == null ? "" : explanation;
    }

    /** A decision for {@code reason}, which fixes the disposition. */
    public static Decision of(ReasonCode reason, List<Evidence> evidence, double confidence, String explanation) {
        return new Decision(reason.disposition(), reason, evidence, confidence, explanation, null);
    }
}
