package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.List;

/** A policy rule whose signals are numbered in the classifier's one {@link PhraseIndex}. */
record CompiledRule(PolicyRule rule, int firstSignalId) {

    /** Numbers every signal of every rule in order and collects their phrases for the index. */
    static List<CompiledRule> number(List<PolicyRule> rules, List<String> phrases) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (PolicyRule rule : rules) {
            compiled.add(new CompiledRule(rule, phrases.size()));
            rule.signals().forEach(signal -> phrases.add(signal.phrase()));
        }
        return compiled;
    }
}
