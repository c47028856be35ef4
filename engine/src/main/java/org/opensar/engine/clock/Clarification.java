package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The council asked the requester to clarify the request; the answer may not have come yet. */
public record Clarification(LocalDate askedOn, Optional<LocalDate> answeredOn) {

    public Clarification {
        Objects.requireNonNull(askedOn, "askedOn");
        Objects.requireNonNull(answeredOn, "answeredOn");
        answeredOn.ifPresent(answer -> {
            if (answer.isBefore(askedOn)) {
                throw new IllegalArgumentException("clarification answered on " + answer + ", before it was asked on "
                        + askedOn + ": the answer cannot come before the question");
            }
        });
    }

    public static Clarification answered(LocalDate askedOn, LocalDate answeredOn) {
        return new Clarification(askedOn, Optional.of(answeredOn));
    }

    public static Clarification unanswered(LocalDate askedOn) {
        return new Clarification(askedOn, Optional.empty());
    }

    public boolean isAnswered() {
        return answeredOn.isPresent();
    }

    /** "asked Mon 7 Sep 2026, answered Wed 9 Sep 2026", or "asked Mon 7 Sep 2026, not answered yet". */
    String inWords() {
        return "clarification asked " + DateText.of(askedOn) + ", "
                + answeredOn.map(a -> "answered " + DateText.of(a)).orElse("not answered yet");
    }
}
