package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.identity.EvidenceItemBuilder.anItem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceProblemsTest {

    @ParameterizedTest(name = "{0} dated {1}, expiring {2}, received {3}, address shown {4}: accepted")
    @CsvSource(
            nullValues = "-",
            value = {
                "UTILITY_BILL,                           2026-02-20, -,          2026-08-20, true",
                "UTILITY_BILL,                           2026-02-28, -,          2026-08-31, true",
                "FIXED_LINE_TELEPHONE_BILL,              2026-08-20, -,          2026-08-20, true",
                "BANK_STATEMENT,                         2026-02-20, -,          2026-08-20, true",
                "COUNCIL_TAX_STATEMENT,                  2026-04-01, -,          2026-08-20, true",
                "COUNCIL_TAX_STATEMENT,                  2026-04-01, -,          2027-03-31, true",
                "COUNCIL_TAX_STATEMENT,                  2027-03-31, -,          2026-04-01, true",
                "PASSPORT,                               -,          2026-08-20, 2026-08-20, false",
                "FULL_DRIVING_LICENCE,                   2016-05-01, 2036-05-01, 2026-08-20, false",
                "BIRTH_CERTIFICATE,                      1990-05-17, -,          2026-08-20, false",
                "ADOPTION_CERTIFICATE,                   -,          -,          2026-08-20, false",
                "MARRIAGE_CERTIFICATE,                   -,          -,          2026-08-20, false",
                "CHILD_FULL_BIRTH_CERTIFICATE,           -,          -,          2026-08-20, false",
                "OTHER_PARENTAL_RESPONSIBILITY_EVIDENCE, 2019-01-10, -,          2026-08-20, false",
                "SIGNED_CONSENT,                         2026-08-01, -,          2026-08-20, false",
                "LASTING_POWER_OF_ATTORNEY,              2015-03-02, -,          2026-08-20, false",
                "DEPUTYSHIP_ORDER,                       2021-11-30, -,          2026-08-20, false",
            })
    void acceptsADocumentThatMeetsItsRule(
            EvidenceType type, LocalDate dated, LocalDate expires, LocalDate received, boolean showsAddress) {
        assertThat(EvidenceProblems.of(item(type, dated, expires, received, showsAddress)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} dated {1}, expiring {2}, received {3}, address shown {4}: {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "UTILITY_BILL,                2026-02-19, -,          2026-08-20, true,  DOCUMENT_TOO_OLD",
                "UTILITY_BILL,                2026-02-27, -,          2026-08-31, true,  DOCUMENT_TOO_OLD",
                "FIXED_LINE_TELEPHONE_BILL,   2026-02-19, -,          2026-08-20, true,  DOCUMENT_TOO_OLD",
                "BANK_STATEMENT,              2026-01-03, -,          2026-08-20, true,  DOCUMENT_TOO_OLD",
                "COUNCIL_TAX_STATEMENT,       2026-03-31, -,          2026-08-20, true,  COUNCIL_TAX_YEAR_NOT_CURRENT",
                "COUNCIL_TAX_STATEMENT,       2025-06-01, -,          2026-08-20, true,  COUNCIL_TAX_YEAR_NOT_CURRENT",
                "COUNCIL_TAX_STATEMENT,       2027-04-01, -,          2027-03-31, true,  COUNCIL_TAX_YEAR_NOT_CURRENT",
                "PASSPORT,                    -,          2026-08-19, 2026-08-20, true,  DOCUMENT_EXPIRED",
                "FULL_DRIVING_LICENCE,        -,          2025-01-01, 2026-08-20, true,  DOCUMENT_EXPIRED",
                "UTILITY_BILL,                2026-08-01, -,          2026-08-20, false, CURRENT_ADDRESS_NOT_SHOWN",
                "FIXED_LINE_TELEPHONE_BILL,   2026-08-01, -,          2026-08-20, false, CURRENT_ADDRESS_NOT_SHOWN",
                "COUNCIL_TAX_STATEMENT,       2026-04-01, -,          2026-08-20, false, CURRENT_ADDRESS_NOT_SHOWN",
                "BANK_STATEMENT,              2026-08-01, -,          2026-08-20, false, CURRENT_ADDRESS_NOT_SHOWN",
                "MOBILE_PHONE_BILL,           2026-08-01, -,          2026-08-20, true,  MOBILE_PHONE_BILL_NOT_ACCEPTED",
                "PROVISIONAL_DRIVING_LICENCE, -,          2030-01-01, 2026-08-20, true,  PROVISIONAL_DRIVING_LICENCE_NOT_ACCEPTED",
                "OTHER,                       -,          -,          2026-08-20, true,  NEEDS_OFFICER_DECISION",
            })
    void rejectsADocumentThatBreaksItsRule(
            EvidenceType type,
            LocalDate dated,
            LocalDate expires,
            LocalDate received,
            boolean showsAddress,
            FindingCode problem) {
        assertThat(EvidenceProblems.of(item(type, dated, expires, received, showsAddress)))
                .extracting(Finding::code)
                .containsExactly(problem);
    }

    @ParameterizedTest(name = "{0}: \"{4}\"")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "BANK_STATEMENT | 2026-01-03 | - | 2026-08-20 |"
                        + " The bank statement is dated 3 Jan 2026, more than 6 months before we received it on 20 Aug 2026.",
                "PASSPORT | - | 2026-03-14 | 2026-08-20 | The passport expired on 14 Mar 2026, before we received it on 20 Aug 2026.",
                "FULL_DRIVING_LICENCE | - | 2026-09-05 | 2026-09-30 |"
                        + " The driving licence expired on 5 Sep 2026, before we received it on 30 Sep 2026.",
                "COUNCIL_TAX_STATEMENT | 2025-04-01 | - | 2026-08-20 |"
                        + " The council tax statement is for 2025/26. We need one for the current council tax year, 2026/27.",
                "MOBILE_PHONE_BILL | - | - | 2026-08-20 | Mobile phone bills are not accepted as proof of address.",
                "PROVISIONAL_DRIVING_LICENCE | - | - | 2026-08-20 | Provisional driving licences are not accepted.",
                "OTHER | - | - | 2026-08-20 |"
                        + " \"library card\" is not on our lists of documents, so an officer will decide whether we can accept it.",
            })
    void explainsEachProblemInPlainEnglish(
            EvidenceType type, LocalDate dated, LocalDate expires, LocalDate received, String message) {
        assertThat(EvidenceProblems.of(item(type, dated, expires, received, true)))
                .extracting(Finding::message)
                .containsExactly(message);
    }

    @Test
    void reportsEveryProblemWithOneDocument() {
        EvidenceItem staleBillForAnotherAddress = anItem(EvidenceType.UTILITY_BILL)
                .dated(LocalDate.of(2025, 12, 1))
                .withoutCurrentAddress()
                .build();

        assertThat(EvidenceProblems.of(staleBillForAnotherAddress))
                .extracting(Finding::message)
                .containsExactly(
                        "The gas, electricity or water bill is dated 1 Dec 2025, more than 6 months before we"
                                + " received it on 20 Aug 2026.",
                        "The gas, electricity or water bill does not show your current address.");
    }

    private static EvidenceItem item(
            EvidenceType type, LocalDate dated, LocalDate expires, LocalDate received, boolean showsAddress) {
        return new EvidenceItem(
                type, dated, received, expires, showsAddress, type == EvidenceType.OTHER ? "library card" : "");
    }
}
