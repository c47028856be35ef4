package org.opensar.engine.policy;

import java.util.List;
import java.util.Objects;

/** A kind of document the policy recognises (e.g. "police information") and the signals that point to it. */
public record PolicyRule(String name, ReasonCode reason, List<Signal> signals) {

    public PolicyRule {
        Objects.requireNonNull(reason, "rule reason");
        name = name == null ? reason.name() : name;
        signals = signals == null ? List.of() : List.copyOf(signals);
    }
}
