package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;

class DisclosurePolicyTest {

    @TempDir
    Path tmp;

    @Test
    void theCareLeaverPolicyExplainsEveryReason() {
        DisclosurePolicy policy = DisclosurePolicy.careLeaver();

        assertThat(policy.explanations()).containsOnlyKeys(ReasonCode.values());
        assertThat(policy.rules()).extracting(PolicyRule::reason).contains(ReasonCode.THIRD_PARTY_SOURCE);
    }

    @Test
    void aCouncilCanWriteItsOwnPolicy() throws IOException {
        Path file = Files.writeString(tmp.resolve("policy.json"), """
                {"name": "youth-offending", "threshold": 0.5, "letterheadLines": 3, "metadataWeightCap": 0.2,
                 "conflictPenalty": 0.5,
                 "rules": [{"name": "probation", "reason": "THIRD_PARTY_SOURCE",
                            "signals": [{"kind": "LETTERHEAD", "phrase": "Probation Service", "weight": 0.9}]}],
                 "explanations": {"THIRD_PARTY_SOURCE": "From the probation service ({evidence})."}}
                """);
        DocumentClassifier classifier = DisclosurePolicy.read(file).classifier();

        Decision decision = classifier.classify(
                new ExtractedDocument(
                        "documents/a.txt",
                        List.of("The Probation Service\nReport"),
                        Map.of(),
                        ExtractionOutcome.EXTRACTED,
                        ""),
                DocumentMetadata.NONE);

        assertThat(decision.reason()).isEqualTo(ReasonCode.THIRD_PARTY_SOURCE);
        assertThat(decision.explanation()).isEqualTo("From the probation service (letterhead: Probation Service).");
        assertThat(classifier).isInstanceOf(PolicyClassifier.class);
    }

    @Test
    void theCareLeaverPolicyDecidesWithItsBuiltInModel() {
        DisclosurePolicy policy = DisclosurePolicy.careLeaver();

        assertThat(policy.model()).isEqualTo("care-leaver-model.bin");
        assertThat(policy.classifier()).isInstanceOf(LearnedClassifier.class);
    }

    @Test
    void aPolicyUsesAModelFileBesideIt() throws IOException {
        try (var out = Files.newOutputStream(tmp.resolve("our-model.bin"))) {
            DispositionModelTest.trained().write(out);
        }
        String careLeaver =
                Files.readString(Path.of("src/main/resources/org/opensar/engine/policy/care-leaver-policy.json"));
        Path file = Files.writeString(
                tmp.resolve("policy.json"), careLeaver.replace("care-leaver-model.bin", "our-model.bin"));

        DisclosurePolicy policy = DisclosurePolicy.read(file);

        assertThat(policy.model())
                .isEqualTo(tmp.resolve("our-model.bin").toAbsolutePath().toString());
        assertThat(DispositionModel.load(policy.model()).categories())
                .containsExactlyInAnyOrder(DispositionModelTest.POLICE, DispositionModelTest.CASE_NOTES);
        assertThat(policy.classifier()).isInstanceOf(LearnedClassifier.class);
    }

    @Test
    void anInvalidPolicyIsRefusedWithAClearMessage() throws IOException {
        Path unknownReason = Files.writeString(tmp.resolve("a.json"), """
                {"threshold": 0.5, "letterheadLines": 3, "rules": [{"reason": "SECRET", "signals": []}]}
                """);
        Path badThreshold = Files.writeString(
                tmp.resolve("b.json"),
                "{\"threshold\": 0, \"letterheadLines\": 3, \"metadataWeightCap\": 0.3, \"conflictPenalty\": 0.5}");
        Path duplicateRule = Files.writeString(tmp.resolve("c.json"), """
                {"threshold": 0.5, "letterheadLines": 3, "metadataWeightCap": 0.3, "conflictPenalty": 0.5,
                 "rules": [{"reason": "DUPLICATE", "signals": []}]}
                """);

        assertThatThrownBy(() -> DisclosurePolicy.read(unknownReason))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("SECRET");
        assertThatThrownBy(() -> DisclosurePolicy.read(badThreshold))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> DisclosurePolicy.read(duplicateRule))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("cannot have reason DUPLICATE");
        Path badReviewBelow = Files.writeString(
                tmp.resolve("d.json"), "{\"threshold\": 0.5, \"letterheadLines\": 3, \"modelReviewBelow\": 1.5}");
        assertThatThrownBy(() -> DisclosurePolicy.read(badReviewBelow))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("modelReviewBelow must be between 0 and 1");
        assertThatThrownBy(() -> DisclosurePolicy.read(tmp.resolve("missing.json")))
                .isInstanceOf(InvalidPolicyException.class);
    }
}
