package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who a document says each named person is, in wordings written for this test; negatives say nothing or no one. */
class PeopleFinderTest {

    private final PeopleFinder finder = new PeopleFinder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Also present: Amrit Khan (allocated social worker); Leanne Harris (foster carer).  | Amrit Khan=COUNCIL_STAFF/social worker/ROLE_BESIDE
            Signed: Amrit Khan, Social Worker.                                                | Amrit Khan=COUNCIL_STAFF/social worker/ROLE_BESIDE
            Leanne Harris, the current carer, said so.                                       | Leanne Harris=CARER/foster carer/ROLE_BESIDE
            Referring social worker: Nisha Ahmed                                             | Nisha Ahmed=COUNCIL_STAFF/social worker/ROLE_LABEL
            Mother: Priya Mistry                                                              | Priya Mistry=FAMILY/mother/ROLE_LABEL
            Carers: Sana Rahman and Zain Rahman                                               | Zain Rahman=CARER/foster carer/ROLE_LABEL
            Your Nan, Fatima Begum, asked to see you.                                        | Fatima Begum=FAMILY/grandmother/ROLE_BEFORE
            From: Orla Doherty <orla.doherty@northfield.gov.uk>                              | Orla Doherty=COUNCIL_STAFF//EMAIL_ADDRESS
            From: Ming Li <ming.li@nhs.net>                                                  | Ming Li=EXTERNAL_PROFESSIONAL//EMAIL_ADDRESS
            From: Priya Mistry <pmistry57@example.org>                                       | Priya Mistry=null//NAMED
            Initiating officer: PC Wang attended.                                            | Wang=EXTERNAL_PROFESSIONAL/police officer/ROLE_BEFORE
            Seen by the GP, Dr Li.                                                           | Li=EXTERNAL_PROFESSIONAL/doctor/ROLE_BEFORE
            Completed by Amrit Khan on 19 April 2010.                                        | Amrit Khan=COUNCIL_STAFF//AUTHOR
            Practitioner: Amrit Khan, 0131 496 0451    Parent carer signature:               | Amrit Khan=COUNCIL_STAFF/social worker/ROLE_LABEL
            Provider manager: Zain Rahman, 07700 900 182.                                     | Zain Rahman=null//NAMED
            Priya Mistry came to the meeting.                                                | Priya Mistry=null//NAMED
            Took Ayesha to the park.                                                          | NONE
            Elmtree Gardens and Marlowe Row were visited.                                     | NONE
            Ethnicity: White British. Universal Credit claimed.                               | NONE
            WILL SAY as follows                                                               | NONE
            """)
    void saysWhoEachNamedPersonIs(String text, String expected) {
        String found = finder.find(text).stream()
                .filter(s -> expected == null || expected.startsWith(s.name() + "="))
                .map(s -> s.name() + "=" + s.category() + "/" + s.relationship() + "/" + s.kind())
                .findFirst()
                .orElse(null);
        if (expected == null) {
            assertThat(finder.find(text)).isEmpty();
        } else {
            assertThat(found).isEqualTo(expected);
        }
    }
}
