package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.opensar.server.identity.EvidenceItemBuilder.anItem;
import static org.opensar.server.identity.EvidenceType.BANK_STATEMENT;
import static org.opensar.server.identity.EvidenceType.CHILD_FULL_BIRTH_CERTIFICATE;
import static org.opensar.server.identity.EvidenceType.FULL_DRIVING_LICENCE;
import static org.opensar.server.identity.EvidenceType.LASTING_POWER_OF_ATTORNEY;
import static org.opensar.server.identity.EvidenceType.PASSPORT;
import static org.opensar.server.identity.EvidenceType.SIGNED_CONSENT;
import static org.opensar.server.identity.EvidenceType.UTILITY_BILL;
import static org.opensar.server.identity.IdentityCheckBuilder.aRequestActingFor;
import static org.opensar.server.identity.IdentityCheckBuilder.aRequestFromTheDataSubject;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The days identity and authority were completed restart the SAR clock, so the earliest sufficient one wins. */
class CompletionDatesTest {

    private static LocalDate aug(int day) {
        return LocalDate.of(2026, 8, day);
    }

    static Stream<Arguments> identityCases() {
        return Stream.of(
                arguments(
                        "the later of the two documents",
                        aRequestFromTheDataSubject()
                                .with(
                                        anItem(PASSPORT).receivedOn(aug(1)),
                                        anItem(UTILITY_BILL).receivedOn(aug(5))),
                        aug(5)),
                arguments(
                        "the earliest sufficient pair when several would do",
                        aRequestFromTheDataSubject()
                                .with(
                                        anItem(FULL_DRIVING_LICENCE).receivedOn(aug(10)),
                                        anItem(PASSPORT).receivedOn(aug(1)))
                                .with(
                                        anItem(BANK_STATEMENT).receivedOn(aug(12)),
                                        anItem(UTILITY_BILL).receivedOn(aug(3))),
                        aug(3)),
                arguments(
                        "a rejected document does not count",
                        aRequestFromTheDataSubject()
                                .with(anItem(PASSPORT).receivedOn(aug(1)).expiresOn(aug(1).minusDays(1)))
                                .with(
                                        anItem(FULL_DRIVING_LICENCE).receivedOn(aug(15)),
                                        anItem(UTILITY_BILL).receivedOn(aug(2))),
                        aug(15)),
                arguments(
                        "an officer's decision before the documents completed",
                        aRequestFromTheDataSubject()
                                .with(
                                        anItem(PASSPORT).receivedOn(aug(1)),
                                        anItem(UTILITY_BILL).receivedOn(aug(10)))
                                .identityDecidedOn(aug(4)),
                        aug(4)),
                arguments(
                        "documents that completed before an officer's decision",
                        aRequestFromTheDataSubject()
                                .with(
                                        anItem(PASSPORT).receivedOn(aug(1)),
                                        anItem(UTILITY_BILL).receivedOn(aug(10)))
                                .identityDecidedOn(aug(20)),
                        aug(10)),
                arguments(
                        "an officer's decision where list 2 is missing",
                        aRequestFromTheDataSubject()
                                .with(anItem(PASSPORT).receivedOn(aug(1)))
                                .identityDecidedOn(aug(20)),
                        aug(20)));
    }

    @ParameterizedTest(name = "identity completes on {2}: {0}")
    @MethodSource("identityCases")
    void identityCompletesOnTheEarliestSufficientDay(
            String caseName, IdentityCheckBuilder check, LocalDate completedOn) {
        assertThat(check.assess().identityCompleteOn()).contains(completedOn);
    }

    static Stream<Arguments> authorityCases() {
        LocalDate adult = LocalDate.of(1950, 1, 9);
        LocalDate child = LocalDate.of(2020, 2, 3);
        return Stream.of(
                arguments(
                        "the earlier of consent and a power of attorney",
                        aRequestActingFor(adult)
                                .with(
                                        anItem(SIGNED_CONSENT).receivedOn(aug(7)),
                                        anItem(LASTING_POWER_OF_ATTORNEY).receivedOn(aug(3))),
                        aug(3)),
                arguments(
                        "an officer's decision before the consent arrived",
                        aRequestActingFor(adult)
                                .with(anItem(SIGNED_CONSENT).receivedOn(aug(7)))
                                .authorityDecidedOn(aug(2)),
                        aug(2)),
                arguments(
                        "the child's birth certificate",
                        aRequestActingFor(child)
                                .with(anItem(CHILD_FULL_BIRTH_CERTIFICATE).receivedOn(aug(9))),
                        aug(9)),
                arguments(
                        "consent does not count for a child under 13",
                        aRequestActingFor(child)
                                .with(
                                        anItem(SIGNED_CONSENT).receivedOn(aug(1)),
                                        anItem(CHILD_FULL_BIRTH_CERTIFICATE).receivedOn(aug(9))),
                        aug(9)));
    }

    @ParameterizedTest(name = "authority completes on {2}: {0}")
    @MethodSource("authorityCases")
    void authorityCompletesOnTheEarliestSufficientDay(
            String caseName, IdentityCheckBuilder check, LocalDate completedOn) {
        assertThat(check.assess().authorityCompleteOn()).contains(completedOn);
    }
}
