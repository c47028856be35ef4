package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensar.engine.policy.DispositionModelTest.CASE_NOTES;
import static org.opensar.engine.policy.DispositionModelTest.POLICE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;

class LearnedClassifierTest {

    private static final DisclosurePolicy POLICY = DisclosurePolicy.careLeaver();
    private static final LearnedClassifier CLASSIFIER = new LearnedClassifier(POLICY, DispositionModelTest.trained());

    private static Decision rules(ReasonCode reason, double confidence) {
        return Decision.of(reason, List.of(new Evidence(Evidence.Kind.TITLE, "rules' own")), confidence, "");
    }

    private static DispositionModel.Prediction predicted(String category, double probability) {
        return new DispositionModel.Prediction(category, probability, List.of("h:police"));
    }

    @Test
    void theRulesWithholdingStandsWhereTheModelWouldDisclose() {
        Decision decision = CLASSIFIER.combine(rules(ReasonCode.THIRD_PARTY_SOURCE, 0.9), predicted(CASE_NOTES, 0.95));

        assertThat(decision.reason()).isEqualTo(ReasonCode.THIRD_PARTY_SOURCE);
        assertThat(decision.evidence())
                .extracting(Evidence::toString)
                .containsExactly("title: rules' own", "candidate: most like case notes (95%)");
    }

    @Test
    void aWithholdingThatRestsOnWordsOfTheBodyAloneYieldsToASureModel() {
        Decision court = Decision.of(
                ReasonCode.COURT,
                List.of(
                        new Evidence(Evidence.Kind.PHRASE, "public law outline"),
                        new Evidence(Evidence.Kind.VOCABULARY, "proceedings")),
                0.8,
                "");

        Decision sure = CLASSIFIER.combine(court, predicted(CASE_NOTES, 0.9));
        Decision unsure = CLASSIFIER.combine(court, predicted(CASE_NOTES, 0.5));

        assertThat(sure.reason()).as("a case note may talk about proceedings").isEqualTo(ReasonCode.CASE_NOTE);
        assertThat(unsure.reason()).isEqualTo(ReasonCode.COURT);
    }

    @Test
    void aFamilyMembersWordsStayWithAnOfficerWhereTheModelWouldDisclose() {
        Decision decision = CLASSIFIER.combine(rules(ReasonCode.NON_PROFESSIONAL, 0.7), predicted(CASE_NOTES, 0.8));

        assertThat(decision.reason()).isEqualTo(ReasonCode.NON_PROFESSIONAL);
    }

    @Test
    void theModelDecidesWhereTheRulesWouldDisclose() {
        Decision decision = CLASSIFIER.combine(rules(ReasonCode.CASE_NOTE, 0.8), predicted(POLICE, 0.7));

        assertThat(decision.reason()).isEqualTo(ReasonCode.THIRD_PARTY_SOURCE);
        assertThat(decision.confidence()).isEqualTo(0.7);
        assertThat(decision.evidence())
                .extracting(Evidence::toString)
                .containsExactly("letterhead: 'police'", "learned model: most like police information (70%)");
        assertThat(decision.explanation())
                .as("written for the requester: the evidence, not the model")
                .contains("(letterhead: 'police')")
                .doesNotContain("learned model");
    }

    @Test
    void theModelDecidesWhereTheRulesFoundNothing() {
        Decision decision = CLASSIFIER.combine(rules(ReasonCode.UNCERTAIN, 0.2), predicted(CASE_NOTES, 0.6));
        Decision unsure = CLASSIFIER.combine(rules(ReasonCode.UNCERTAIN, 0.2), predicted(CASE_NOTES, 0.45));

        assertThat(decision.reason()).isEqualTo(ReasonCode.CASE_NOTE);
        assertThat(unsure.reason()).isEqualTo(ReasonCode.UNCERTAIN);
        assertThat(unsure.evidence()).extracting(Evidence::toString).contains("candidate: most like case notes (45%)");
    }

    @Test
    void anUnsureModelThatDisagreesWithTheRulesSendsTheDocumentToAnOfficer() {
        Decision decision = CLASSIFIER.combine(rules(ReasonCode.CASE_NOTE, 0.8), predicted(POLICE, 0.5));

        assertThat(decision.reason()).isEqualTo(ReasonCode.UNCERTAIN);
        assertThat(decision.evidence())
                .extracting(Evidence::toString)
                .containsExactly(
                        "candidate: most like police information (50%)", "candidate: the policy's rules: case note");
    }

    @Test
    void anUnsureModelThatWouldDiscloseLeavesTheDecisionToTheRules() {
        Decision decision = CLASSIFIER.combine(rules(ReasonCode.NOT_MEANINGFUL, 0.8), predicted(CASE_NOTES, 0.2));

        assertThat(decision.reason()).isEqualTo(ReasonCode.NOT_MEANINGFUL);
        assertThat(decision.evidence())
                .extracting(Evidence::toString)
                .containsExactly("title: rules' own", "candidate: most like case notes (20%)");
    }

    @Test
    void whenBothAgreeTheirEvidenceIsTakenTogether() {
        Decision decision = CLASSIFIER.combine(rules(ReasonCode.CASE_NOTE, 0.9), predicted(CASE_NOTES, 0.6));

        assertThat(decision.reason()).isEqualTo(ReasonCode.CASE_NOTE);
        assertThat(decision.confidence()).isEqualTo(0.9);
        assertThat(decision.evidence())
                .extracting(Evidence::toString)
                .contains("learned model: most like case notes (60%)", "title: rules' own");
    }

    @Test
    void aDocumentThatCannotBeReadGoesToReviewForThatReason() {
        Decision decision = CLASSIFIER.classify(
                new ExtractedDocument("documents/scan.pdf", List.of(""), Map.of(), ExtractionOutcome.NEEDS_OCR, ""),
                DocumentMetadata.NONE);

        assertThat(decision.reason()).isEqualTo(ReasonCode.NEEDS_OCR);
    }

    @Test
    void aReadableDocumentIsDecidedByTheModelAndTheRules() {
        Decision decision = CLASSIFIER.classify(
                new ExtractedDocument(
                        "documents/police.pdf",
                        List.of("West Midlands Police\nIncident log\nThe officer arrested a man in custody."),
                        Map.of(),
                        ExtractionOutcome.EXTRACTED,
                        ""),
                DocumentMetadata.NONE);

        assertThat(decision.reason()).isEqualTo(ReasonCode.THIRD_PARTY_SOURCE);
        assertThat(decision.evidence()).extracting(Evidence::kind).contains(Evidence.Kind.LEARNED);
    }

    @Test
    void aModelWhoseCategoriesThePolicyDoesNotHaveIsRefused() {
        List<DispositionModel.Example> examples = new ArrayList<>(DispositionModelTest.examples());
        examples.replaceAll(
                e -> e.category().equals(POLICE) ? new DispositionModel.Example(e.features(), "coppers") : e);
        DispositionModel renamed = DispositionModel.train(examples, DispositionModel.Training.DEFAULT);

        assertThatThrownBy(() -> new LearnedClassifier(POLICY, renamed))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("[coppers]")
                .hasMessageContaining("bin/opensar train");
    }
}
