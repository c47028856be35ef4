package org.opensar.engine.detect;

import java.util.Objects;

/**
 * A redaction the detector proposes: the text and its offsets in the analysed text, what it is, why it should go
 * (a reason code and its plain-English sentence), which recognizer found it, how sure, and the evidence.
 */
public record ProposedRedaction(
        String text,
        TextSpan span,
        PersonalDataType type,
        RedactionReason reason,
        String recognizer,
        double score,
        Explanation explanation,
        RedactionStatus status) {

    public ProposedRedaction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recognizer, "recognizer");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(status, "status");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
