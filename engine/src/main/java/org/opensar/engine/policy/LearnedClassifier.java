package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.extract.ExtractedDocument;

/**
 * Decides with the policy's {@link DispositionModel}, which has read many house styles' documents, and keeps the
 * policy's rules as the guard. The rules still speak first where they protect on a document's form: when they withhold
 * a document, or send it to an officer as a family member's words, on its letterhead, title, sign-off, author,
 * addressee, form fields, metadata or shape, and the model would disclose or remove it, the rules' decision stands.
 * A protective decision that rests on words of the body alone ("proceedings", "public law outline") yields to a model
 * that is sure, since minutes and case notes talk about court and the police too. Otherwise the model's category
 * decides, unless the two disagree and the model is unsure (its probability below the policy's
 * {@code modelReviewBelow}): then the rules decide where the model would have disclosed or removed the document, and
 * an officer where it would have withheld it or sent it to review. Text that could not be read goes to review as the
 * rules send it.
 */
public final class LearnedClassifier implements DocumentClassifier {

    /** The model's category for a carer's or placement log that has something of substance in it. */
    public static final String MEANINGFUL_LOG = "carer and placement logs with something of substance";

    private static final int EVIDENCE_SHOWN = 3;

    private final DisclosurePolicy policy;
    private final PolicyClassifier rules;
    private final DispositionModel model;
    private final Map<String, ReasonCode> reasons;

    public LearnedClassifier(DisclosurePolicy policy, DispositionModel model) {
        this.policy = policy;
        this.rules = new PolicyClassifier(policy);
        this.model = model;
        this.reasons = categories(policy, model);
    }

    /** Each category the model knows, as the reason of the policy rule of that name. */
    private static Map<String, ReasonCode> categories(DisclosurePolicy policy, DispositionModel model) {
        Map<String, ReasonCode> byName = policy.rules().stream()
                .collect(Collectors.toMap(PolicyRule::name, PolicyRule::reason, (a, b) -> a, HashMap::new));
        byName.put(MEANINGFUL_LOG, ReasonCode.PLACEMENT_RECORD);
        List<String> unknown = model.categories().stream()
                .filter(category -> !byName.containsKey(category))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidPolicyException("the model's categories " + unknown + " are not rules of policy '"
                    + policy.name() + "'; retrain the model (bin/opensar train) or restore the rules' names");
        }
        return model.categories().stream().collect(Collectors.toMap(Function.identity(), byName::get));
    }

    @Override
    public Decision classify(ExtractedDocument document, DocumentMetadata metadata, List<Person> people) {
        if (!document.outcome().usable()) {
            return rules.classify(document, metadata, people);
        }
        DocumentRegions regions = DocumentRegions.of(document, metadata, policy);
        List<CaseAuthors.Author> authors = new CaseAuthors(people).of(regions, metadata);
        Decision byRules = rules.classify(regions, authors);
        return combine(byRules, model.predict(new DocumentFeatures(policy, people).of(regions, authors)));
    }

    /** The decision, given what the rules decided for a readable document and what the model predicts for it. */
    public Decision combine(Decision byRules, DispositionModel.Prediction prediction) {
        ReasonCode learned = reasons.get(prediction.category());
        if (protectsOnForm(byRules) && opens(learned)) {
            return withCandidate(byRules, prediction);
        }
        boolean agree = learned.disposition() == byRules.disposition();
        if (!agree && prediction.probability() < policy.modelReviewBelow()) {
            return opens(learned) ? withCandidate(byRules, prediction) : uncertain(byRules, prediction);
        }
        List<Evidence> evidence = new ArrayList<>();
        double confidence = prediction.probability();
        if (learned == byRules.reason()) {
            evidence.addAll(byRules.evidence());
            confidence = Math.max(confidence, byRules.confidence());
        }
        prediction.strongest().stream()
                .filter(DocumentFeatures::shown)
                .limit(EVIDENCE_SHOWN)
                .forEach(feature -> evidence.add(DocumentFeatures.evidence(feature)));
        evidence.add(likeness(prediction));
        return decide(learned, evidence, confidence);
    }

    private static boolean protectsOnForm(Decision decision) {
        return (decision.disposition() == Disposition.WITHHOLD || decision.reason() == ReasonCode.NON_PROFESSIONAL)
                && decision.evidence().stream().anyMatch(e -> e.kind().ofForm());
    }

    private static boolean opens(ReasonCode reason) {
        return reason.disposition() == Disposition.DISCLOSE || reason.disposition() == Disposition.REMOVE;
    }

    private static Evidence likeness(DispositionModel.Prediction prediction) {
        return new Evidence(
                Evidence.Kind.LEARNED,
                String.format(
                        Locale.ROOT, "most like %s (%.0f%%)", prediction.category(), 100 * prediction.probability()));
    }

    /** The rules' protective decision, with what the model thought as a candidate the officer can see. */
    private static Decision withCandidate(Decision byRules, DispositionModel.Prediction prediction) {
        List<Evidence> evidence = new ArrayList<>(byRules.evidence());
        evidence.add(new Evidence(Evidence.Kind.CANDIDATE, likeness(prediction).value()));
        return Decision.of(byRules.reason(), evidence, byRules.confidence(), byRules.explanation());
    }

    private Decision uncertain(Decision byRules, DispositionModel.Prediction prediction) {
        List<Evidence> evidence = List.of(
                new Evidence(Evidence.Kind.CANDIDATE, likeness(prediction).value()),
                new Evidence(
                        Evidence.Kind.CANDIDATE,
                        "the policy's rules: " + byRules.reason().label()));
        return decide(ReasonCode.UNCERTAIN, evidence, prediction.probability());
    }

    /** The explanation, written for the requester, names the first two pieces of evidence, not the model. */
    private Decision decide(ReasonCode reason, List<Evidence> evidence, double confidence) {
        String shown = evidence.stream()
                .filter(e -> e.kind() != Evidence.Kind.LEARNED)
                .limit(2)
                .map(Evidence::toString)
                .collect(Collectors.joining("; "));
        return Decision.of(reason, evidence, Math.round(confidence * 100) / 100.0, policy.explain(reason, shown));
    }
}
