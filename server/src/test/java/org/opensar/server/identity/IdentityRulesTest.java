package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.opensar.server.identity.EvidenceItemBuilder.anItem;
import static org.opensar.server.identity.EvidenceType.BANK_STATEMENT;
import static org.opensar.server.identity.EvidenceType.COUNCIL_TAX_STATEMENT;
import static org.opensar.server.identity.EvidenceType.FULL_DRIVING_LICENCE;
import static org.opensar.server.identity.EvidenceType.PASSPORT;
import static org.opensar.server.identity.EvidenceType.UTILITY_BILL;
import static org.opensar.server.identity.FindingCode.PROOF_OF_ADDRESS_MISSING;
import static org.opensar.server.identity.FindingCode.PROOF_OF_IDENTITY_MISSING;
import static org.opensar.server.identity.IdentityCheckBuilder.aRequestFromTheDataSubject;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Identity: one document from list 1 and one from list 2, or an officer's decision. */
class IdentityRulesTest {

    private static final LocalDate RECEIVED = EvidenceItemBuilder.RECEIVED;

    @ParameterizedTest(name = "{0} and {1} establish identity")
    @CsvSource({
        "PASSPORT,             UTILITY_BILL",
        "FULL_DRIVING_LICENCE, FIXED_LINE_TELEPHONE_BILL",
        "BIRTH_CERTIFICATE,    COUNCIL_TAX_STATEMENT",
        "ADOPTION_CERTIFICATE, BANK_STATEMENT",
        "MARRIAGE_CERTIFICATE, UTILITY_BILL",
    })
    void oneDocumentFromEachListEstablishesIdentity(EvidenceType identity, EvidenceType residence) {
        IdentityAssessment assessment = aRequestFromTheDataSubject()
                .with(anItem(identity), anItem(residence))
                .assess();

        assertThat(assessment.identityEstablished()).isTrue();
        assertThat(assessment.satisfied()).isTrue();
        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.stillNeeded()).isEmpty();
    }

    static Stream<Arguments> evidenceThatDoesNotEstablishIdentity() {
        return Stream.of(
                arguments("nothing at all", List.of(), List.of(PROOF_OF_IDENTITY_MISSING, PROOF_OF_ADDRESS_MISSING)),
                arguments(
                        "two list 1 documents and no list 2",
                        List.of(anItem(PASSPORT), anItem(FULL_DRIVING_LICENCE)),
                        List.of(PROOF_OF_ADDRESS_MISSING)),
                arguments(
                        "two list 2 documents and no list 1",
                        List.of(anItem(UTILITY_BILL), anItem(BANK_STATEMENT)),
                        List.of(PROOF_OF_IDENTITY_MISSING)),
                arguments(
                        "passport and mobile phone bill",
                        List.of(anItem(PASSPORT), anItem(EvidenceType.MOBILE_PHONE_BILL)),
                        List.of(FindingCode.MOBILE_PHONE_BILL_NOT_ACCEPTED, PROOF_OF_ADDRESS_MISSING)),
                arguments(
                        "provisional driving licence and gas bill",
                        List.of(anItem(EvidenceType.PROVISIONAL_DRIVING_LICENCE), anItem(UTILITY_BILL)),
                        List.of(FindingCode.PROVISIONAL_DRIVING_LICENCE_NOT_ACCEPTED, PROOF_OF_IDENTITY_MISSING)),
                arguments(
                        "expired passport and gas bill",
                        List.of(anItem(PASSPORT).expiresOn(RECEIVED.minusDays(1)), anItem(UTILITY_BILL)),
                        List.of(FindingCode.DOCUMENT_EXPIRED, PROOF_OF_IDENTITY_MISSING)),
                arguments(
                        "passport and gas bill 6 months and one day old",
                        List.of(
                                anItem(PASSPORT),
                                anItem(UTILITY_BILL)
                                        .dated(RECEIVED.minusMonths(6).minusDays(1))),
                        List.of(FindingCode.DOCUMENT_TOO_OLD, PROOF_OF_ADDRESS_MISSING)),
                arguments(
                        "passport and last year's council tax statement",
                        List.of(anItem(PASSPORT), anItem(COUNCIL_TAX_STATEMENT).dated(LocalDate.of(2025, 4, 1))),
                        List.of(FindingCode.COUNCIL_TAX_YEAR_NOT_CURRENT, PROOF_OF_ADDRESS_MISSING)),
                arguments(
                        "passport and bank statement without the current address",
                        List.of(anItem(PASSPORT), anItem(BANK_STATEMENT).withoutCurrentAddress()),
                        List.of(FindingCode.CURRENT_ADDRESS_NOT_SHOWN, PROOF_OF_ADDRESS_MISSING)),
                arguments(
                        "other evidence and gas bill, no officer decision",
                        List.of(anItem(EvidenceType.OTHER), anItem(UTILITY_BILL)),
                        List.of(FindingCode.NEEDS_OFFICER_DECISION, PROOF_OF_IDENTITY_MISSING)),
                arguments(
                        "consent and a child's birth certificate prove no identity",
                        List.of(anItem(EvidenceType.SIGNED_CONSENT), anItem(EvidenceType.CHILD_FULL_BIRTH_CERTIFICATE)),
                        List.of(PROOF_OF_IDENTITY_MISSING, PROOF_OF_ADDRESS_MISSING)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evidenceThatDoesNotEstablishIdentity")
    void evidenceThatFallsShortSaysWhy(String caseName, List<EvidenceItemBuilder> evidence, List<FindingCode> codes) {
        IdentityAssessment assessment = aRequestFromTheDataSubject()
                .with(evidence.toArray(EvidenceItemBuilder[]::new))
                .assess();

        assertThat(assessment.identityEstablished()).isFalse();
        assertThat(assessment.satisfied()).isFalse();
        assertThat(assessment.identityCompleteOn()).isEmpty();
        assertThat(assessment.findings()).extracting(Finding::code).containsExactlyElementsOf(codes);
    }

    @Test
    void aBillExactlySixMonthsOldStillCounts() {
        IdentityAssessment assessment = aRequestFromTheDataSubject()
                .with(anItem(PASSPORT), anItem(UTILITY_BILL).dated(RECEIVED.minusMonths(6)))
                .assess();

        assertThat(assessment.identityEstablished()).isTrue();
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void aRejectedDocumentIsStillReportedWhenAnotherCompletesIdentity() {
        IdentityAssessment assessment = aRequestFromTheDataSubject()
                .with(anItem(PASSPORT).expiresOn(LocalDate.of(2026, 3, 14)), anItem(FULL_DRIVING_LICENCE))
                .with(anItem(UTILITY_BILL))
                .assess();

        assertThat(assessment.satisfied()).isTrue();
        assertThat(assessment.findings())
                .extracting(Finding::message)
                .containsExactly("The passport expired on 14 Mar 2026, before we received it on 20 Aug 2026.");
    }

    @Test
    void tellsTheRequesterWhatIsStillNeededInPlainEnglish() {
        IdentityAssessment assessment = aRequestFromTheDataSubject()
                .with(anItem(EvidenceType.MOBILE_PHONE_BILL))
                .assess();

        assertThat(assessment.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "Mobile phone bills are not accepted as proof of address.",
                        "We need one document from list 1 (proof of identity), for example a passport.",
                        "We need one document from list 2 (proof of address) dated within the last 6 months.");
        assertThat(assessment.stillNeeded())
                .containsExactly(Requirement.PROOF_OF_IDENTITY, Requirement.PROOF_OF_ADDRESS);
    }

    @Test
    void theSameProblemTwiceIsReportedOnce() {
        IdentityAssessment assessment = aRequestFromTheDataSubject()
                .withPassportAndGasBill()
                .with(anItem(EvidenceType.MOBILE_PHONE_BILL), anItem(EvidenceType.MOBILE_PHONE_BILL))
                .assess();

        assertThat(assessment.findings())
                .extracting(Finding::code)
                .containsExactly(FindingCode.MOBILE_PHONE_BILL_NOT_ACCEPTED);
    }

    @Test
    void anOfficersDecisionCompletesIdentityWithoutDocuments() {
        IdentityAssessment assessment =
                aRequestFromTheDataSubject().identityDecidedOn(RECEIVED).assess();

        assertThat(assessment.identityEstablished()).isTrue();
        assertThat(assessment.satisfied()).isTrue();
        assertThat(assessment.identityCompleteOn()).contains(RECEIVED);
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void anOfficersDecisionSettlesOtherEvidence() {
        IdentityAssessment assessment = aRequestFromTheDataSubject()
                .with(anItem(EvidenceType.OTHER).described("Letter from personal advisor"))
                .identityDecidedOn(RECEIVED.plusDays(2))
                .assess();

        assertThat(assessment.identityEstablished()).isTrue();
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void theDataSubjectNeedsNoAuthority() {
        IdentityAssessment assessment =
                aRequestFromTheDataSubject().withPassportAndGasBill().assess();

        assertThat(assessment.authority()).isEqualTo(RequirementStatus.NOT_NEEDED);
        assertThat(assessment.parentalResponsibility()).isEqualTo(RequirementStatus.NOT_NEEDED);
        assertThat(assessment.authorityCompleteOn()).isEmpty();
    }
}
