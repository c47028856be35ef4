package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.identity.EvidenceItemBuilder.anItem;
import static org.opensar.server.identity.IdentityCheckBuilder.aRequestActingFor;
import static org.opensar.server.identity.RequirementStatus.ESTABLISHED;
import static org.opensar.server.identity.RequirementStatus.MISSING;
import static org.opensar.server.identity.RequirementStatus.NOT_NEEDED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Authority: consent or authority to act for an adult; parental responsibility for a child under 13. */
class AuthorityRulesTest {

    private static final LocalDate RECEIVED = EvidenceItemBuilder.RECEIVED;
    private static final LocalDate ADULT = LocalDate.of(1950, 1, 9);
    private static final LocalDate AGED_SIX = LocalDate.of(2020, 2, 3);

    @ParameterizedTest(name = "{0} gives authority to act for an adult")
    @EnumSource(
            value = EvidenceType.class,
            names = {"SIGNED_CONSENT", "LASTING_POWER_OF_ATTORNEY", "DEPUTYSHIP_ORDER"})
    void consentOrAuthorityEstablishesAuthorityForAnAdult(EvidenceType authorityEvidence) {
        IdentityAssessment assessment = aRequestActingFor(ADULT)
                .withPassportAndGasBill()
                .with(anItem(authorityEvidence))
                .assess();

        assertThat(assessment.authority()).isEqualTo(ESTABLISHED);
        assertThat(assessment.parentalResponsibility()).isEqualTo(NOT_NEEDED);
        assertThat(assessment.satisfied()).isTrue();
        assertThat(assessment.findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} gives no authority to act for an adult")
    @EnumSource(
            value = EvidenceType.class,
            names = {"CHILD_FULL_BIRTH_CERTIFICATE", "OTHER_PARENTAL_RESPONSIBILITY_EVIDENCE", "BIRTH_CERTIFICATE"})
    void actingForAnAdultWithoutConsentIsNotEnough(EvidenceType otherEvidence) {
        IdentityAssessment assessment = aRequestActingFor(ADULT)
                .withPassportAndGasBill()
                .with(anItem(otherEvidence))
                .assess();

        assertThat(assessment.authority()).isEqualTo(MISSING);
        assertThat(assessment.satisfied()).isFalse();
        assertThat(assessment.authorityCompleteOn()).isEmpty();
        assertThat(assessment.stillNeeded()).containsExactly(Requirement.AUTHORITY_TO_ACT);
        assertThat(assessment.findings())
                .extracting(Finding::message)
                .containsExactly("Acting for someone else needs their written, signed consent or evidence of"
                        + " authority such as a lasting power of attorney.");
    }

    @ParameterizedTest(name = "born {0}, request received {1}: {2}")
    @CsvSource({
        "2013-08-21, 2026-08-20, PARENTAL_RESPONSIBILITY",
        "2013-08-20, 2026-08-20, AUTHORITY_TO_ACT",
        "2013-08-19, 2026-08-20, AUTHORITY_TO_ACT",
        "2026-08-01, 2026-08-20, PARENTAL_RESPONSIBILITY",
        "2012-02-29, 2025-02-28, PARENTAL_RESPONSIBILITY",
        "2012-02-29, 2025-03-01, AUTHORITY_TO_ACT",
        "1950-01-09, 2026-08-20, AUTHORITY_TO_ACT",
    })
    void aChildUnderThirteenOnTheDayReceivedNeedsParentalResponsibility(
            LocalDate dateOfBirth, LocalDate received, Requirement needed) {
        IdentityAssessment assessment = aRequestActingFor(dateOfBirth)
                .receivedOn(received)
                .withPassportAndGasBill()
                .assess();

        assertThat(assessment.stillNeeded()).containsExactly(needed);
        assertThat(assessment.parentalResponsibility())
                .isEqualTo(needed == Requirement.PARENTAL_RESPONSIBILITY ? MISSING : NOT_NEEDED);
        assertThat(assessment.authority()).isEqualTo(MISSING);
    }

    @ParameterizedTest(name = "{0} shows parental responsibility")
    @EnumSource(
            value = EvidenceType.class,
            names = {"CHILD_FULL_BIRTH_CERTIFICATE", "OTHER_PARENTAL_RESPONSIBILITY_EVIDENCE"})
    void parentalResponsibilityIsTheAuthorityForAYoungChild(EvidenceType evidence) {
        IdentityAssessment assessment = aRequestActingFor(AGED_SIX)
                .withPassportAndGasBill()
                .with(anItem(evidence))
                .assess();

        assertThat(assessment.parentalResponsibility()).isEqualTo(ESTABLISHED);
        assertThat(assessment.authority()).isEqualTo(ESTABLISHED);
        assertThat(assessment.satisfied()).isTrue();
    }

    @ParameterizedTest(name = "{0} does not show parental responsibility")
    @EnumSource(
            value = EvidenceType.class,
            names = {"SIGNED_CONSENT", "BIRTH_CERTIFICATE", "OTHER"})
    void otherEvidenceDoesNotShowParentalResponsibility(EvidenceType evidence) {
        IdentityAssessment assessment = aRequestActingFor(AGED_SIX)
                .withPassportAndGasBill()
                .with(anItem(evidence))
                .assess();

        assertThat(assessment.parentalResponsibility()).isEqualTo(MISSING);
        assertThat(assessment.satisfied()).isFalse();
        assertThat(assessment.findings())
                .extracting(Finding::message)
                .endsWith("A request about a child under 13 needs the child's full birth certificate or other"
                        + " evidence of parental responsibility.");
    }

    @Test
    void anOfficersDecisionEstablishesAuthority() {
        IdentityAssessment assessment = aRequestActingFor(AGED_SIX)
                .withPassportAndGasBill()
                .authorityDecidedOn(RECEIVED)
                .assess();

        assertThat(assessment.parentalResponsibility()).isEqualTo(ESTABLISHED);
        assertThat(assessment.authority()).isEqualTo(ESTABLISHED);
        assertThat(assessment.authorityCompleteOn()).contains(RECEIVED);
        assertThat(assessment.satisfied()).isTrue();
    }

    @Test
    void anUnknownDateOfBirthMustBeAskedFor() {
        IdentityAssessment assessment = aRequestActingFor(null)
                .withPassportAndGasBill()
                .with(anItem(EvidenceType.SIGNED_CONSENT))
                .assess();

        assertThat(assessment.authority()).isEqualTo(ESTABLISHED);
        assertThat(assessment.satisfied()).isFalse();
        assertThat(assessment.stillNeeded()).containsExactly(Requirement.DATA_SUBJECT_DATE_OF_BIRTH);
        assertThat(assessment.findings())
                .extracting(Finding::code)
                .containsExactly(FindingCode.DATA_SUBJECT_DATE_OF_BIRTH_MISSING);
    }

    @Test
    void anOfficersDecisionMakesTheDateOfBirthUnnecessary() {
        IdentityAssessment assessment = aRequestActingFor(null)
                .withPassportAndGasBill()
                .authorityDecidedOn(RECEIVED)
                .assess();

        assertThat(assessment.satisfied()).isTrue();
    }

    @Test
    void identityAndAuthorityAreBothListedWhenBothAreMissing() {
        IdentityAssessment assessment = aRequestActingFor(ADULT).assess();

        assertThat(assessment.stillNeeded())
                .containsExactly(
                        Requirement.PROOF_OF_IDENTITY, Requirement.PROOF_OF_ADDRESS, Requirement.AUTHORITY_TO_ACT);
    }
}
