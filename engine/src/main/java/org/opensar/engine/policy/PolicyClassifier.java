package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.extract.ExtractedDocument;

/**
 * Applies a {@link DisclosurePolicy} to one document. Order of precedence, most protective first: a document whose
 * text could not be read goes to review; a withholding rule above the threshold withholds, unless a keep rule is
 * stronger still (a case note that talks about court) or the evidence that a family member or other non-professional
 * wrote it is stronger (a relative's statement: an officer reads it, nothing is disclosed); then non-professional
 * authorship goes to review; then a
 * carer's log with nothing of substance is removed; then a keep rule discloses, unless evidence for withholding
 * lowers its confidence below the threshold; anything else goes to review.
 */
public final class PolicyClassifier implements DocumentClassifier {

    private final DisclosurePolicy policy;
    private final List<CompiledRule> rules;
    private final PhraseIndex phrases;
    private final PlacementLog placementLog;

    public PolicyClassifier(DisclosurePolicy policy) {
        this.policy = policy;
        List<String> allPhrases = new ArrayList<>();
        this.rules = CompiledRule.number(policy.rules(), allPhrases);
        this.phrases = new PhraseIndex(allPhrases);
        this.placementLog = new PlacementLog(policy.substance(), policy.signatureLabels());
    }

    @Override
    public Decision classify(ExtractedDocument document, DocumentMetadata metadata, List<Person> people) {
        if (!document.outcome().usable()) {
            ReasonCode reason = ReasonCode.of(document.outcome());
            String detail = document.detail().isEmpty() ? document.outcome().name() : document.detail();
            return decide(reason, List.of(new Evidence(Evidence.Kind.EXTRACTION, detail)), 1.0);
        }
        DocumentRegions regions = DocumentRegions.of(document, metadata, policy);
        return classify(regions, new CaseAuthors(people).of(regions, metadata));
    }

    /** Applies the rules to a readable document's regions and the authors they name. */
    Decision classify(DocumentRegions regions, List<CaseAuthors.Author> authors) {
        DocumentMatches matches = DocumentMatches.of(regions, phrases, authors);
        List<RuleScore> scores =
                rules.stream().map(rule -> RuleScore.of(rule, matches, policy)).toList();
        Optional<RuleScore> withhold = best(scores, Disposition.WITHHOLD);
        Optional<RuleScore> nonProfessional = best(scores, Disposition.REVIEW);
        double keepStrength = strongest(scores, Disposition.DISCLOSE, Disposition.REMOVE);
        double reviewStrength =
                nonProfessional.filter(this::above).map(RuleScore::strength).orElse(0.0);
        if (withhold.isPresent()
                && above(withhold.get())
                && withhold.get().strength() >= keepStrength
                && withhold.get().strength() >= reviewStrength) {
            return decide(withhold.get());
        }
        if (nonProfessional.isPresent() && above(nonProfessional.get())) {
            return decide(nonProfessional.get());
        }
        double against = scores.stream()
                .filter(s -> s.reason().disposition() == Disposition.WITHHOLD
                        || s.reason().disposition() == Disposition.REVIEW)
                .mapToDouble(RuleScore::strengthAsSource)
                .max()
                .orElse(0);
        against = Math.min(1, against);
        Optional<RuleScore> log = best(scores, Disposition.REMOVE);
        if (log.isPresent() && above(log.get())) {
            return placementLog(log.get(), regions.text(), against, scores);
        }
        Optional<RuleScore> keep = best(scores, Disposition.DISCLOSE);
        if (keep.isPresent() && above(keep.get())) {
            double confidence = keepConfidence(keep.get(), against);
            if (confidence >= policy.threshold()) {
                return decide(keep.get().reason(), keep.get().supporting(), confidence);
            }
        }
        return uncertain(scores);
    }

    /**
     * A keep rule's score less the conflict penalty for the strongest evidence that points elsewhere. The score is
     * clamped first, so however much keep evidence there is, strong evidence for withholding still sends the
     * document to an officer.
     */
    private double keepConfidence(RuleScore keep, double against) {
        return Math.max(0, keep.score() - policy.conflictPenalty() * against);
    }

    private static double strongest(List<RuleScore> scores, Disposition... dispositions) {
        List<Disposition> wanted = List.of(dispositions);
        return scores.stream()
                .filter(s -> wanted.contains(s.reason().disposition()))
                .mapToDouble(RuleScore::strength)
                .max()
                .orElse(0);
    }

    /**
     * A log with something of substance is disclosed, as is a document of any kind the policy keeps: when such a kind
     * matches above the threshold too (a personal adviser's running record), both say disclose, and their evidence
     * adds up before the conflict penalty, unless the evidence for withholding would pass the threshold by itself.
     */
    private Decision placementLog(RuleScore log, String text, double against, List<RuleScore> scores) {
        Optional<String> substance = placementLog.substance(text);
        if (substance.isPresent()) {
            double agreeing = best(scores, Disposition.DISCLOSE)
                    .filter(keep -> above(keep) && against < policy.threshold())
                    .map(RuleScore::strength)
                    .orElse(0.0);
            double confidence =
                    Math.max(0, Math.min(1, log.strength() + agreeing) - policy.conflictPenalty() * against);
            if (confidence < policy.threshold()) {
                return uncertain(scores);
            }
            List<Evidence> evidence = new ArrayList<>(log.supporting());
            evidence.add(new Evidence(Evidence.Kind.SUBSTANCE, substance.get()));
            return decide(ReasonCode.PLACEMENT_RECORD, evidence, confidence);
        }
        List<Evidence> evidence = new ArrayList<>(log.supporting());
        evidence.add(new Evidence(
                Evidence.Kind.SUBSTANCE, placementLog.entryCount(text) + " entries, none with anything of substance"));
        return decide(ReasonCode.NOT_MEANINGFUL, evidence, log.score());
    }

    private Decision uncertain(List<RuleScore> scores) {
        List<RuleScore> candidates = scores.stream()
                .filter(s -> s.strength() > 0)
                .sorted(Comparator.comparingDouble(RuleScore::strength).reversed())
                .limit(3)
                .toList();
        List<Evidence> evidence = new ArrayList<>();
        for (RuleScore candidate : candidates) {
            evidence.add(new Evidence(
                    Evidence.Kind.CANDIDATE,
                    String.format(
                            Locale.ROOT,
                            "%s %.2f (%s)",
                            candidate.rule().name(),
                            candidate.score(),
                            joined(candidate))));
        }
        double best = candidates.isEmpty() ? 0 : candidates.get(0).score();
        return Decision.of(
                ReasonCode.UNCERTAIN,
                evidence,
                round(best),
                policy.explain(ReasonCode.UNCERTAIN, evidence.isEmpty() ? "no signals" : joinedEvidence(evidence)));
    }

    private static String joined(RuleScore score) {
        return score.supporting().stream().map(Evidence::toString).collect(Collectors.joining("; "));
    }

    private boolean above(RuleScore score) {
        return score.score() >= policy.threshold();
    }

    private static Optional<RuleScore> best(List<RuleScore> scores, Disposition disposition) {
        return scores.stream()
                .filter(s -> s.reason().disposition() == disposition)
                .max(Comparator.comparingDouble(RuleScore::strength));
    }

    private Decision decide(RuleScore score) {
        return decide(score.reason(), score.supporting(), score.score());
    }

    private Decision decide(ReasonCode reason, List<Evidence> evidence, double confidence) {
        return Decision.of(reason, evidence, round(confidence), policy.explain(reason, joinedEvidence(evidence)));
    }

    private static String joinedEvidence(List<Evidence> evidence) {
        return evidence.stream().limit(2).map(Evidence::toString).collect(Collectors.joining("; "));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
