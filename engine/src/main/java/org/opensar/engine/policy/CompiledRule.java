package org.opensar.engine.policy;

import java.util.List;

/** A policy rule with its phrases compiled once. */
record CompiledRule(PolicyRule rule, List<CompiledSignal> signals) {

    record CompiledSignal(Signal signal, PhraseMatcher matcher) {}

    static CompiledRule of(PolicyRule rule) {
        return new CompiledRule(
                rule,
                rule.signals().stream()
                        .map(s -> new CompiledSignal(s, new PhraseMatcher(s.phrase())))
                        .toList());
    }
}
