package org.opensar.engine.detect;

import java.util.List;
import java.util.Objects;

/** Why a recognizer matched: the kind of evidence, a plain description, and the context words it saw. */
public record Explanation(Evidence evidence, String detail, List<String> contextWords) {

    public Explanation {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(detail, "detail");
        contextWords = List.copyOf(contextWords);
    }

    static Explanation of(Evidence evidence, String detail) {
        return new Explanation(evidence, detail, List.of());
    }

    @Override
    public String toString() {
        return contextWords.isEmpty() ? detail : detail + " (context: " + String.join(", ", contextWords) + ")";
    }
}
