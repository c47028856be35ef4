package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A policy rule whose signals are numbered in the classifier's one {@link PhraseIndex}, with, for each signal, the
 * longer signals of the same kind that contain its words ("Assessment" in "Viability Assessment"): where the longer
 * one is found, the shorter says nothing more and does not count twice.
 */
record CompiledRule(PolicyRule rule, int firstSignalId, List<List<Integer>> containedIn) {

    /** Numbers every signal of every rule in order and collects their phrases for the index. */
    static List<CompiledRule> number(List<PolicyRule> rules, List<String> phrases) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (PolicyRule rule : rules) {
            compiled.add(new CompiledRule(rule, phrases.size(), containers(rule.signals())));
            rule.signals().forEach(signal -> phrases.add(signal.phrase()));
        }
        return compiled;
    }

    private static List<List<Integer>> containers(List<Signal> signals) {
        List<List<String>> words =
                signals.stream().map(s -> PhraseIndex.words(s.phrase())).toList();
        List<List<Integer>> containedIn = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            List<Integer> longer = new ArrayList<>();
            for (int j = 0; j < signals.size(); j++) {
                if (signals.get(j).kind() == signals.get(i).kind()
                        && words.get(j).size() > words.get(i).size()
                        && Collections.indexOfSubList(words.get(j), words.get(i)) >= 0) {
                    longer.add(j);
                }
            }
            containedIn.add(List.copyOf(longer));
        }
        return List.copyOf(containedIn);
    }
}
