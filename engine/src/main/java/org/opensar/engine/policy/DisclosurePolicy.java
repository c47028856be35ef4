package org.opensar.engine.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's disclosure policy as data (format: docs/disclosure-engine.md): the rules and their signals, the
 * confidence threshold below which an officer decides, where the letterhead, sign-off and addressee are found, how
 * much metadata and body vocabulary may count, the substance rules for carers' logs, which of a set of copies is
 * kept, and the plain-English explanation of every reason. The care-leaver policy is the default.
 */
public record DisclosurePolicy(
        String name,
        double threshold,
        int letterheadLines,
        int signatureLines,
        List<String> signatureLabels,
        List<String> addresseeLabels,
        double metadataWeightCap,
        double vocabularyWeightCap,
        double conflictPenalty,
        List<PolicyRule> rules,
        SubstanceRules substance,
        Map<ReasonCode, String> explanations,
        String model,
        double modelReviewBelow,
        CopyPolicy copies) {

    private static final String CARE_LEAVER = "care-leaver-policy.json";
    /** Settings a policy file leaves out are 0 (no sign-off lines, no metadata, no vocabulary). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public DisclosurePolicy {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InvalidPolicyException("threshold must be above 0 and at most 1, not " + threshold);
        }
        if (letterheadLines < 1) {
            throw new InvalidPolicyException("letterheadLines must be at least 1");
        }
        if (signatureLines < 0) {
            throw new InvalidPolicyException("signatureLines must not be negative");
        }
        if (metadataWeightCap < 0 || vocabularyWeightCap < 0) {
            throw new InvalidPolicyException("metadataWeightCap and vocabularyWeightCap must not be negative");
        }
        signatureLabels = signatureLabels == null ? List.of() : List.copyOf(signatureLabels);
        addresseeLabels = addresseeLabels == null ? List.of() : List.copyOf(addresseeLabels);
        rules = rules == null ? List.of() : List.copyOf(rules);
        substance = substance == null ? new SubstanceRules(List.of(), List.of(), List.of(), 1) : substance;
        explanations = explanations == null ? Map.of() : Map.copyOf(explanations);
        copies = copies == null ? CopyPolicy.DEFAULT : copies;
        if (modelReviewBelow < 0 || modelReviewBelow > 1) {
            throw new InvalidPolicyException("modelReviewBelow must be between 0 and 1, not " + modelReviewBelow);
        }
        for (PolicyRule rule : rules) {
            if (rule.reason() == ReasonCode.DUPLICATE
                    || rule.reason() == ReasonCode.UNCERTAIN
                    || (rule.reason().disposition() == Disposition.REVIEW
                            && rule.reason() != ReasonCode.NON_PROFESSIONAL)) {
                throw new InvalidPolicyException("rule '" + rule.name() + "' cannot have reason " + rule.reason());
            }
        }
    }

    /** The default policy: the council's care-leaver guidance ("What we keep / review / remove"). */
    public static DisclosurePolicy careLeaver() {
        try (InputStream in = DisclosurePolicy.class.getResourceAsStream(CARE_LEAVER)) {
            return read(Objects.requireNonNull(in, CARE_LEAVER), CARE_LEAVER);
        } catch (IOException e) {
            throw new InvalidPolicyException("cannot read the built-in policy: " + e.getMessage());
        }
    }

    /**
     * A policy file a council has edited. Its {@code model}, when it names a file beside the policy, is that file;
     * otherwise a model built in ({@code care-leaver-model.bin}).
     */
    public static DisclosurePolicy read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DisclosurePolicy policy = read(in, file.toString());
            Path parent = file.toAbsolutePath().getParent();
            if (policy.model() == null || !Files.isRegularFile(parent.resolve(policy.model()))) {
                return policy;
            }
            return new DisclosurePolicy(
                    policy.name,
                    policy.threshold,
                    policy.letterheadLines,
                    policy.signatureLines,
                    policy.signatureLabels,
                    policy.addresseeLabels,
                    policy.metadataWeightCap,
                    policy.vocabularyWeightCap,
                    policy.conflictPenalty,
                    policy.rules,
                    policy.substance,
                    policy.explanations,
                    parent.resolve(policy.model()).toString(),
                    policy.modelReviewBelow,
                    policy.copies);
        } catch (IOException e) {
            throw new InvalidPolicyException("cannot read policy " + file + ": " + e.getMessage());
        }
    }

    static DisclosurePolicy read(InputStream in, String origin) {
        try {
            return JSON.readValue(in, DisclosurePolicy.class);
        } catch (JacksonException e) {
            throw new InvalidPolicyException(origin + " is not a valid policy: " + e.getOriginalMessage());
        }
    }

    /**
     * How this policy classifies documents: with its learned model guarded by its rules ({@link LearnedClassifier})
     * when it names one, else by its rules alone ({@link PolicyClassifier}).
     */
    public DocumentClassifier classifier() {
        if (model == null) {
            return new PolicyClassifier(this);
        }
        return new LearnedClassifier(this, DispositionModel.load(model));
    }

    /** The plain-English explanation of {@code reason}, with {@code {evidence}} filled in. */
    public String explain(ReasonCode reason, String evidence) {
        String template = explanations.getOrDefault(reason, "Decision: " + reason.label() + ".");
        return template.replace("{evidence}", evidence);
    }
}
