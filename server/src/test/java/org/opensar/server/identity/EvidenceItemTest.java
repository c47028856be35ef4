package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceItemTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 8, 20);

    @ParameterizedTest(name = "{0} dated {1}, expiring {2}, described \"{3}\" is a valid record")
    @CsvSource({
        "BIRTH_CERTIFICATE,           ,           ,           ''",
        "MARRIAGE_CERTIFICATE,        1998-06-13, ,           ''",
        "PASSPORT,                    ,           2030-01-01, ''",
        "FULL_DRIVING_LICENCE,        2020-01-01, 2030-01-01, ''",
        "UTILITY_BILL,                2026-07-01, ,           ''",
        "COUNCIL_TAX_STATEMENT,       2026-04-01, ,           ''",
        "MOBILE_PHONE_BILL,           ,           ,           ''",
        "PROVISIONAL_DRIVING_LICENCE, ,           ,           ''",
        "SIGNED_CONSENT,              ,           ,           ''",
        "OTHER,                       ,           ,           'library card'",
    })
    void accepts(EvidenceType type, LocalDate documentDate, LocalDate expiresOn, String description) {
        EvidenceItem item = new EvidenceItem(type, documentDate, RECEIVED, expiresOn, true, description);

        assertThat(item.type()).isEqualTo(type);
        assertThat(item.description()).isEqualTo(description);
    }

    @ParameterizedTest(name = "{0} dated {1}, expiring {2}, described \"{3}\" is rejected")
    @CsvSource({
        "UTILITY_BILL,              ,           ,           '',      date on the document",
        "FIXED_LINE_TELEPHONE_BILL, ,           ,           '',      date on the document",
        "BANK_STATEMENT,            ,           2030-01-01, '',      date on the document",
        "COUNCIL_TAX_STATEMENT,     ,           ,           '',      date on the document",
        "PASSPORT,                  2020-01-01, ,           '',      expiry date",
        "FULL_DRIVING_LICENCE,      ,           ,           '',      expiry date",
        "OTHER,                     ,           ,           '',      description",
        "OTHER,                     ,           ,           '   ',   description",
    })
    void rejectsARecordMissingWhatItsRuleNeeds(
            EvidenceType type, LocalDate documentDate, LocalDate expiresOn, String description, String missing) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EvidenceItem(type, documentDate, RECEIVED, expiresOn, true, description))
                .withMessageContaining(missing);
    }

    @ParameterizedTest(name = "null {0} is rejected")
    @CsvSource({"type", "receivedOn"})
    void rejectsNullTypeOrReceivedDate(String field) {
        EvidenceType type = field.equals("type") ? null : EvidenceType.BIRTH_CERTIFICATE;
        LocalDate received = field.equals("receivedOn") ? null : RECEIVED;

        assertThatNullPointerException()
                .isThrownBy(() -> new EvidenceItem(type, null, received, null, true, ""))
                .withMessage(field);
    }

    @ParameterizedTest
    @CsvSource(
            value = {"NULL, ''", "'  Passport ending 0000  ', Passport ending 0000"},
            nullValues = "NULL")
    void normalisesTheDescription(String given, String kept) {
        EvidenceItem item = new EvidenceItem(EvidenceType.BIRTH_CERTIFICATE, null, RECEIVED, null, false, given);

        assertThat(item.description()).isEqualTo(kept);
    }
}
