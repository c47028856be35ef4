package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EvidenceTypeTest {

    @ParameterizedTest(name = "{0} is {1}, freshness {2}")
    @CsvSource({
        "PASSPORT,                               IDENTITY,                NOT_EXPIRED",
        "FULL_DRIVING_LICENCE,                   IDENTITY,                NOT_EXPIRED",
        "BIRTH_CERTIFICATE,                      IDENTITY,                NONE",
        "ADOPTION_CERTIFICATE,                   IDENTITY,                NONE",
        "MARRIAGE_CERTIFICATE,                   IDENTITY,                NONE",
        "UTILITY_BILL,                           RESIDENCE,               WITHIN_SIX_MONTHS_OF_RECEIPT",
        "FIXED_LINE_TELEPHONE_BILL,              RESIDENCE,               WITHIN_SIX_MONTHS_OF_RECEIPT",
        "COUNCIL_TAX_STATEMENT,                  RESIDENCE,               CURRENT_COUNCIL_TAX_YEAR",
        "BANK_STATEMENT,                         RESIDENCE,               WITHIN_SIX_MONTHS_OF_RECEIPT",
        "PROVISIONAL_DRIVING_LICENCE,            NOT_ACCEPTED,            NONE",
        "MOBILE_PHONE_BILL,                      NOT_ACCEPTED,            NONE",
        "CHILD_FULL_BIRTH_CERTIFICATE,           PARENTAL_RESPONSIBILITY, NONE",
        "OTHER_PARENTAL_RESPONSIBILITY_EVIDENCE, PARENTAL_RESPONSIBILITY, NONE",
        "SIGNED_CONSENT,                         AUTHORITY_TO_ACT,        NONE",
        "LASTING_POWER_OF_ATTORNEY,              AUTHORITY_TO_ACT,        NONE",
        "DEPUTYSHIP_ORDER,                       AUTHORITY_TO_ACT,        NONE",
        "OTHER,                                  OTHER,                   NONE",
    })
    void knowsItsListAndFreshness(EvidenceType type, EvidenceKind kind, Freshness freshness) {
        assertThat(type.kind()).isEqualTo(kind);
        assertThat(type.freshness()).isEqualTo(freshness);
    }

    @Test
    void theTableAboveCoversEveryType() {
        assertThat(EvidenceType.values()).hasSize(17);
    }

    @ParameterizedTest
    @EnumSource(EvidenceType.class)
    void hasPlainEnglishNames(EvidenceType type) {
        assertThat(type.label()).isNotBlank().doesNotContain("_");
        assertThat(type.noun()).isNotBlank().isLowerCase();
    }

    @Test
    void listsAreTheCouncilsPublishedOnes() {
        assertThat(Requirement.PROOF_OF_IDENTITY.acceptedEvidence())
                .extracting(EvidenceType::label)
                .containsExactly(
                        "Current signed passport",
                        "Current full driving licence (paper or photocard)",
                        "Birth certificate",
                        "Adoption certificate",
                        "Marriage certificate");
        assertThat(Requirement.PROOF_OF_ADDRESS.acceptedEvidence())
                .containsExactly(
                        EvidenceType.UTILITY_BILL,
                        EvidenceType.FIXED_LINE_TELEPHONE_BILL,
                        EvidenceType.COUNCIL_TAX_STATEMENT,
                        EvidenceType.BANK_STATEMENT);
        assertThat(Requirement.DATA_SUBJECT_DATE_OF_BIRTH.acceptedEvidence()).isEmpty();
        assertThat(Arrays.stream(Requirement.values()).flatMap(r -> r.acceptedEvidence().stream()))
                .doesNotContain(
                        EvidenceType.PROVISIONAL_DRIVING_LICENCE, EvidenceType.MOBILE_PHONE_BILL, EvidenceType.OTHER);
    }
}
