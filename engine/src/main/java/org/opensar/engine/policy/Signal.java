package org.opensar.engine.policy;

import java.util.Arrays;
import java.util.Objects;

/**
 * One piece of evidence a policy rule looks for: a phrase (matched as whole words, any case, any spacing) in a
 * part of the document, and how much it counts; a negative weight counts against the rule. A layout signal's phrase
 * names a shape ({@link SignalKind#LAYOUT}).
 */
public record Signal(SignalKind kind, String phrase, double weight) {

    public Signal {
        Objects.requireNonNull(kind, "signal kind");
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("a signal needs a phrase");
        }
        if (kind == SignalKind.LAYOUT && DocumentLayout.Shape.named(phrase).isEmpty()) {
            throw new InvalidPolicyException("a LAYOUT signal names a shape the classifier measures ("
                    + Arrays.stream(DocumentLayout.Shape.values())
                            .map(DocumentLayout.Shape::phrase)
                            .toList()
                    + "), not '" + phrase + "'");
        }
    }
}
