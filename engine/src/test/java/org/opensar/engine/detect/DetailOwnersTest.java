package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contact details and identifiers linked to the person they belong to, end to end through the detector: the data
 * subject's stay, anyone else's are redacted with whose they are in the explanation. "¶" stands for a line break;
 * "-" for an explanation that names no owner.
 */
class DetailOwnersTest {

    private final PersonalDataDetector detector = PersonalDataDetector.forCase(Cases.kayleigh());

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kayleigh's mobile is 07700 900123.              | 07700 900123       | KEEP DATA_SUBJECT_DETAILS | -
            Kayleigh Morris, 12 Pennine Drive, Oakhurst     | 12 Pennine Drive, Oakhurst | KEEP DATA_SUBJECT_DETAILS | -
            Kayleigh lives at 12 Pennine Drive.             | 12 Pennine Drive   | KEEP DATA_SUBJECT_DETAILS | -
            Kayleigh Morris¶12 Pennine Drive¶LS12 9QN       | LS12 9QN           | KEEP DATA_SUBJECT_DETAILS | -
            Kayleigh's new address is 12 Pennine Drive.     | 12 Pennine Drive   | KEEP DATA_SUBJECT_DETAILS | -
            Kayleigh's email is kaz.m@example.org           | kaz.m@example.org  | KEEP DATA_SUBJECT_DETAILS | -
            Kayleigh Morris (DOB 01/03/2004)                | 01/03/2004         | KEEP DATA_SUBJECT_DETAILS | -
            Kayleigh, NHS no. 943 476 5919                  | 943 476 5919       | KEEP DATA_SUBJECT_DETAILS | -
            Mother: Jane Smith, tel 07700 900123            | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | phone number of Jane Smith (mother)
            Jane Smith, mother, 07700 900123                | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | phone number of Jane Smith (mother)
            Donna Morris, 07700 900123                      | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | phone number of Donna Morris (mother)
            Gary Fletcher lives at 14 Acacia Avenue.        | 14 Acacia Avenue   | REDACT THIRD_PARTY_ADDRESS | address of Gary Fletcher (mother's partner)
            Kayleigh and Gary Fletcher live at 14 Acacia Avenue. | 14 Acacia Avenue | REDACT THIRD_PARTY_ADDRESS | address of Gary Fletcher (mother's partner)
            Zoë Hart (DOB 01/02/2005) came too.             | 01/02/2005         | REDACT THIRD_PARTY_DATE_OF_BIRTH | date of birth of Zoë Hart (friend)
            Jane said her address is 14 Pennine Way.        | 14 Pennine Way     | REDACT THIRD_PARTY_ADDRESS | address of Jane
            Kayleigh gave her mum's number, 07700 900123.   | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | phone number of her mum
            Kayleigh's mum's mobile is 07700 900123.        | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | phone number of mum
            Mum's new address: 74 Langdale Court.           | 74 Langdale Court  | REDACT THIRD_PARTY_ADDRESS | address of mum
            Kayleigh stayed at 14 Pennine Way.              | 14 Pennine Way     | REDACT THIRD_PARTY_ADDRESS | -
            Kayleigh rang from 07700 900123.                | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | -
            Kayleigh was there. Call 07700 900123.          | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | -
            Kayleigh was there.¶¶07700 900123               | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | -
            Gary Fletcher's number is 07700 900456.         | 07700 900456       | REDACT THIRD_PARTY_CONTACT_DETAILS | phone number of Gary Fletcher (mother's partner)
            Mother: Jane Smith¶Tel: 07700 900123            | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | phone number of Jane Smith (mother)
            We met Jane Smith¶07700 900123 rang back later  | 07700 900123       | REDACT THIRD_PARTY_CONTACT_DETAILS | -
            Jane Smith¶born 01/02/1990                      | 01/02/1990         | REDACT THIRD_PARTY_DATE_OF_BIRTH | -
            Gary Fletcher's car is a silver Corsa, registration OF66 FFY | OF66 FFY | REDACT THIRD_PARTY_IDENTIFIER | vehicle registration of Gary Fletcher (mother's partner)
            Sarah Okafor¶Social Worker¶0113 496 0451        | 0113 496 0451      | KEEP COUNCIL_STAFF_IN_ROLE | -
            """)
    void linksEachDetailToItsOwner(String text, String detail, String expected, String owner) {
        String analysed = text.replace("¶", "\n");
        int start = analysed.indexOf(detail);
        TextSpan span = new TextSpan(start, start + detail.length());
        DetectionResult result = detector.analyse(analysed);
        String outcome = result.redactions().stream()
                .filter(r -> r.type() != PersonalDataType.SENSITIVE_SENTENCE
                        && r.span().equals(span))
                .map(r -> "REDACT " + r.reason() + " | " + ownerIn(r.explanation()))
                .findFirst()
                .orElseGet(() -> result.kept().stream()
                        .filter(k -> k.span().equals(span))
                        .map(k -> "KEEP " + k.reason() + " | -")
                        .findFirst()
                        .orElse("NOT FOUND in " + result));
        assertThat(outcome).isEqualTo(expected + " | " + owner);
    }

    /** The owner part of an explanation ("phone number of Jane Smith (mother); UK telephone number"), or "-". */
    private static String ownerIn(Explanation explanation) {
        int semicolon = explanation.detail().indexOf("; ");
        return semicolon < 0 ? "-" : explanation.detail().substring(0, semicolon);
    }
}
