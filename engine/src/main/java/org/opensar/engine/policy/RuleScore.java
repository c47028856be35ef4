package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * How strongly a document matches one rule, from 0 to 1, and the evidence found. Content counts in full;
 * metadata counts at most the policy's cap, so a misleading title or type cannot outweigh the text.
 */
record RuleScore(PolicyRule rule, double score, List<Evidence> evidence) {

    static RuleScore of(CompiledRule compiled, DocumentMatches matches, double metadataCap) {
        double content = 0;
        double meta = 0;
        List<Evidence> evidence = new ArrayList<>();
        List<Signal> signals = compiled.rule().signals();
        for (int i = 0; i < signals.size(); i++) {
            Signal s = signals.get(i);
            int id = compiled.firstSignalId() + i;
            BitSet region = switch (s.kind()) {
                case LETTERHEAD -> matches.letterhead();
                case TITLE -> matches.title();
                case PHRASE -> matches.text();
            };
            if (region.get(id)) {
                content += s.weight();
                evidence.add(new Evidence(evidenceKind(s.kind()), s.phrase()));
            } else if (s.kind() == SignalKind.TITLE && s.weight() > 0) {
                for (DocumentMatches.Field field : matches.metadata()) {
                    if (field.found().get(id)) {
                        meta += s.weight();
                        evidence.add(new Evidence(Evidence.Kind.METADATA, field.text()));
                        break;
                    }
                }
            }
        }
        double score = Math.max(0, Math.min(1, content + Math.min(meta, metadataCap)));
        return new RuleScore(compiled.rule(), score, evidence);
    }

    private static Evidence.Kind evidenceKind(SignalKind kind) {
        return switch (kind) {
            case LETTERHEAD -> Evidence.Kind.LETTERHEAD;
            case TITLE -> Evidence.Kind.TITLE;
            case PHRASE -> Evidence.Kind.PHRASE;
        };
    }

    ReasonCode reason() {
        return rule.reason();
    }

    /** Evidence that points to the rule (signals that count against it are left out). */
    List<Evidence> supporting() {
        List<Evidence> supporting = new ArrayList<>();
        for (Evidence e : evidence) {
            boolean against = rule.signals().stream()
                    .anyMatch(s -> s.weight() < 0 && s.phrase().equals(e.value()));
            if (!against) {
                supporting.add(e);
            }
        }
        return supporting;
    }
}
