package org.opensar.engine.detect;

import java.util.Objects;
import java.util.Optional;

/**
 * One match of one recognizer: what was found, where, how sure, and why. {@code person} is set when the match is a
 * person named in the case description.
 */
public record RecognizerResult(
        PersonalDataType type,
        TextSpan span,
        String text,
        double score,
        String recognizer,
        Explanation explanation,
        Optional<KnownPerson> person) {

    public RecognizerResult {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(recognizer, "recognizer");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(person, "person");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }
}
