package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensar.engine.casefile.PersonCategory;

/**
 * How strongly a document matches one rule. {@code strength} is the sum of the weights of the signals found (it may
 * pass 1, so two rules that both match well can still be told apart); {@code score} is the same clamped to 0..1 and
 * serves as confidence. Metadata counts at most the policy's metadata cap and body vocabulary at most its vocabulary
 * cap, so a misleading title or a document that merely talks about the police cannot outweigh what it is.
 * The vocabulary's part is kept apart: it helps say what a document is, but a document that merely uses a kind's
 * words is no evidence against another reading. The evidence is kept strongest first, so the explanation names the facts that weighed most.
 */
record RuleScore(PolicyRule rule, double strength, double vocabulary, List<Evidence> evidence) {

    private record Found(Evidence evidence, double weight) {}

    static RuleScore of(CompiledRule compiled, DocumentMatches matches, DisclosurePolicy policy) {
        double content = 0;
        double meta = 0;
        double vocabulary = 0;
        List<Found> found = new ArrayList<>();
        Map<String, Double> sameWords = new HashMap<>();
        List<Signal> signals = compiled.rule().signals();
        for (int i = 0; i < signals.size(); i++) {
            Signal s = signals.get(i);
            int id = compiled.firstSignalId() + i;
            if (s.kind() == SignalKind.AUTHOR) {
                continue;
            }
            BitSet region = matches.region(s.kind());
            if (region.get(id)) {
                if (compiled.containedIn().get(i).stream()
                        .anyMatch(longer -> region.get(compiled.firstSignalId() + longer))) {
                    continue;
                }
                if (s.kind() == SignalKind.VOCABULARY && s.weight() > 0) {
                    vocabulary += s.weight();
                } else if (sameWords(s) && s.weight() > 0) {
                    // a form label and the phrase of the same words are one piece of evidence, not two
                    String words = String.join(" ", PhraseIndex.words(s.phrase()));
                    double before = sameWords.getOrDefault(words, 0.0);
                    content += Math.max(0, s.weight() - before);
                    sameWords.put(words, Math.max(before, s.weight()));
                } else {
                    content += s.weight();
                }
                found.add(new Found(new Evidence(Evidence.of(s.kind()), s.phrase()), s.weight()));
            } else if (s.kind() == SignalKind.TITLE && s.weight() > 0) {
                for (DocumentMatches.Field field : matches.metadata()) {
                    if (field.found().get(id)) {
                        meta += s.weight();
                        found.add(new Found(new Evidence(Evidence.Kind.METADATA, field.text()), s.weight() / 2));
                        break;
                    }
                }
            }
        }
        for (DocumentMatches.Author author : matches.authors()) {
            double weight = authorWeight(compiled, author);
            if (author.fromMetadata()) {
                meta += weight;
            } else {
                content += weight;
            }
            if (weight > 0) {
                found.add(new Found(new Evidence(Evidence.Kind.AUTHOR, author.description()), weight));
            }
        }
        double words = Math.min(vocabulary, policy.vocabularyWeightCap());
        double strength = Math.max(0, content + Math.min(meta, policy.metadataWeightCap()) + words);
        List<Evidence> evidence = found.stream()
                .sorted(Comparator.comparingDouble(Found::weight).reversed())
                .map(Found::evidence)
                .toList();
        return new RuleScore(compiled.rule(), strength, Math.min(words, strength), evidence);
    }

    private static boolean sameWords(Signal s) {
        return s.kind() == SignalKind.FIELD || s.kind() == SignalKind.PHRASE;
    }

    /**
     * What {@code author} weighs for the rule: the rule's author signal that matches them and weighs most either way
     * (a category name in capitals matches their category, any other phrase the relationship of an external
     * professional: a council's own "virtual school head" is not a school), or 0.
     */
    private static double authorWeight(CompiledRule compiled, DocumentMatches.Author author) {
        double weight = 0;
        List<Signal> signals = compiled.rule().signals();
        for (int i = 0; i < signals.size(); i++) {
            Signal s = signals.get(i);
            if (s.kind() != SignalKind.AUTHOR) {
                continue;
            }
            boolean matches = s.phrase().equals(author.category().name())
                    || (!isCategory(s.phrase())
                            && author.category() == PersonCategory.EXTERNAL_PROFESSIONAL
                            && author.found().get(compiled.firstSignalId() + i));
            if (matches && Math.abs(s.weight()) > Math.abs(weight)) {
                weight = s.weight();
            }
        }
        return weight;
    }

    private static boolean isCategory(String phrase) {
        for (PersonCategory category : PersonCategory.values()) {
            if (category.name().equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The strength without the body's vocabulary: how much the document's form, source and wording say it is of this
     * kind, rather than that it talks about the subject (a case note about a court hearing).
     */
    double strengthAsSource() {
        return strength - vocabulary;
    }

    /** The strength clamped to 0..1. */
    double score() {
        return Math.min(1, strength);
    }

    ReasonCode reason() {
        return rule.reason();
    }

    /** Evidence that points to the rule (signals that count against it are left out). */
    List<Evidence> supporting() {
        List<Evidence> supporting = new ArrayList<>();
        for (Evidence e : evidence) {
            boolean against = rule.signals().stream()
                    .anyMatch(s -> s.weight() < 0 && s.phrase().equals(e.value()) && Evidence.of(s.kind()) == e.kind());
            if (!against) {
                supporting.add(e);
            }
        }
        return supporting;
    }
}
