package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.policy.ReasonCode;

class ExemptionChecksTest {

    @ParameterizedTest
    @CsvSource({
        "THIRD_PARTY_DATA, Record the balance you struck",
        "FAMILY_MEMBER_WORDS, Record the balance you struck",
        "NON_PROFESSIONAL_WORDS, Record the balance you struck",
        "COURT, Give the reason",
        "CASE_NOTE, Give the reason"
    })
    void aDecisionWithoutAReasonIsRefusedAskingForTheBalanceWhereTheLawWeighsOne(ReasonCode reason, String asked) {
        assertThatThrownBy(() -> ExemptionChecks.why(reason, "  "))
                .isInstanceOf(CaseFileRefusedException.class)
                .hasMessageStartingWith(asked);
        assertThat(ExemptionChecks.why(reason, " he refused consent ")).isEqualTo("he refused consent");
    }

    @Test
    void seriousHarmNeedsTheProfessionalsOpinionAndNothingElseDoes() {
        assertThatThrownBy(() -> ExemptionChecks.opinion(true, " "))
                .hasMessageContaining("opinion of the appropriate professional");
        assertThat(ExemptionChecks.opinion(true, " Dr A, GP, 1 Dec ")).isEqualTo("Dr A, GP, 1 Dec");
        assertThat(ExemptionChecks.opinion(false, "")).isNull();
        assertThat(ExemptionChecks.withOpinion("risk", "Dr A")).isEqualTo("risk; professional's opinion: Dr A");
        assertThat(ExemptionChecks.withOpinion("risk", null)).isEqualTo("risk");
    }

    @Test
    void aPassageIsAnotherPersonsDataOfItsTypeUnlessAnExemptionIsChosen() {
        assertThat(ExemptionChecks.passage(PersonalDataType.PHONE, null))
                .isEqualTo(RedactionReason.THIRD_PARTY_CONTACT_DETAILS);
        assertThat(ExemptionChecks.passage(PersonalDataType.PERSON, RedactionReason.CONFIDENTIAL_REFERENCE))
                .isEqualTo(RedactionReason.CONFIDENTIAL_REFERENCE);
        assertThatThrownBy(() -> ExemptionChecks.passage(PersonalDataType.PERSON, RedactionReason.THIRD_PARTY_NAME))
                .hasMessageContaining("Choose an exemption");
        assertThat(RedactionReason.SERIOUS_HARM_HEALTH.needsProfessionalOpinion())
                .isTrue();
        assertThat(RedactionReason.COURT.needsProfessionalOpinion()).isFalse();
    }
}
