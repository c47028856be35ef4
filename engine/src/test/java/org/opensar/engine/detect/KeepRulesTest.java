package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keep rules end to end: what stays, what is proposed for redaction, and why. */
class KeepRulesTest {

    private final PersonalDataDetector detector = PersonalDataDetector.forCase(Cases.kayleigh());

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kayleigh Morris attended her review.       | Kayleigh Morris | KEEP DATA_SUBJECT
            Kayleigh attended her review.              | Kayleigh        | KEEP DATA_SUBJECT
            KAYLEIGH ATTENDED.                         | KAYLEIGH        | KEEP DATA_SUBJECT
            Kayleigh Smith was her name then.          | Kayleigh Smith  | KEEP DATA_SUBJECT
            Ms Morris attended the review.             | Ms Morris       | REDACT THIRD_PARTY_NAME
            Donna Morris attended the review.          | Donna Morris    | REDACT THIRD_PARTY_NAME
            Kayleigh went to Donna's flat.             | Donna           | REDACT THIRD_PARTY_NAME
            Sarah Okafor visited Kayleigh.             | Sarah Okafor    | KEEP COUNCIL_STAFF_IN_ROLE
            Dr Shah saw Kayleigh in clinic.            | Dr Shah         | KEEP PROFESSIONAL_IN_ROLE
            Gary Fletcher rang the office.             | Gary Fletcher   | KEEP KNOWN_TO_REQUESTER
            Gary Fletcher's number is 07700 900456.    | 07700 900456    | REDACT THIRD_PARTY_CONTACT_DETAILS
            Gary Fletcher lives at 14 Acacia Avenue.   | 14 Acacia Avenue | REDACT THIRD_PARTY_ADDRESS
            Gary Fletcher (DOB 01/02/1980) was there.  | 01/02/1980      | REDACT THIRD_PARTY_DATE_OF_BIRTH
            Kayleigh (DOB 29/02/2004) was there.       | 29/02/2004      | KEEP DATA_SUBJECT_DETAILS
            Email kayleigh.morris@example.com please.  | kayleigh.morris@example.com | KEEP DATA_SUBJECT_DETAILS
            Email sarah.okafor@example.gov.uk please.  | sarah.okafor@example.gov.uk | KEEP COUNCIL_STAFF_IN_ROLE
            Email gary.f@example.com please.           | gary.f@example.com | REDACT THIRD_PARTY_CONTACT_DETAILS
            Email kmorris04@example.org please.        | kmorris04@example.org | KEEP DATA_SUBJECT_DETAILS
            Email sokafor@example.gov.uk please.       | sokafor@example.gov.uk | KEEP COUNCIL_STAFF_IN_ROLE
            Email p.shah@example.nhs.uk please.        | p.shah@example.nhs.uk | KEEP PROFESSIONAL_IN_ROLE
            Email dmorris@example.org please.          | dmorris@example.org | REDACT THIRD_PARTY_CONTACT_DETAILS
            Email kayleigh@example.org please.         | kayleigh@example.org | REDACT THIRD_PARTY_CONTACT_DETAILS
            Recorded by Sarah Okafor, Social Worker, 0113 496 0451. | 0113 496 0451 | KEEP COUNCIL_STAFF_IN_ROLE
            Sarah Okafor, Personal Advisor, Leaving Care Team, 029 2018 0942 | 029 2018 0942 | KEEP COUNCIL_STAFF_IN_ROLE
            Dr Shah, Clinical Psychologist, tel. 0161 496 0887 | 0161 496 0887 | KEEP PROFESSIONAL_IN_ROLE
            Sarah Okafor rang Ms Morris on 07700 900456. | 07700 900456 | REDACT THIRD_PARTY_CONTACT_DETAILS
            Sarah Okafor said the new number is 07700 900456. | 07700 900456 | REDACT THIRD_PARTY_CONTACT_DETAILS
            Sarah Okafor, Mum 07700 900456             | 07700 900456    | REDACT THIRD_PARTY_CONTACT_DETAILS
            Kayleigh rang from 07700 900456.           | 07700 900456    | REDACT THIRD_PARTY_CONTACT_DETAILS
            Helped Kayleigh with her bank account. Her National Insurance number is NP436698C. | NP436698C | KEEP DATA_SUBJECT_DETAILS
            Re: Kayleigh Morris, DOB 29/02/2004, NHS number 943 476 5919 | 943 476 5919 | KEEP DATA_SUBJECT_DETAILS
            Kayleigh gave me her mum's National Insurance number, NP436698C. | NP436698C | REDACT THIRD_PARTY_IDENTIFIER
            Kayleigh met Gary Fletcher; his National Insurance number is NP436698C. | NP436698C | REDACT THIRD_PARTY_IDENTIFIER
            Her mother, Donna Morris (NHS number 943 476 5919) | 943 476 5919 | REDACT THIRD_PARTY_IDENTIFIER
            Mum said it was fine.                      | Mum             | UNTOUCHED
            Her brother Liam came round.               | brother         | UNTOUCHED
            Her brother Liam came round.               | Liam            | REDACT THIRD_PARTY_NAME
            Liam Morris was there too.                 | Liam Morris     | REDACT THIRD_PARTY_NAME
            Hope said she heard shouting.              | Hope            | REDACT THIRD_PARTY_NAME
            We hope Kayleigh settles in.               | hope            | UNTOUCHED
            Will said he would come.                   | Will            | REDACT THIRD_PARTY_NAME
            She will come on Friday.                   | will            | UNTOUCHED
            Zoe came round after school.               | Zoe             | REDACT THIRD_PARTY_NAME
            Rose said she would help.                  | Rose            | REDACT THIRD_PARTY_NAME
            Kayleigh was given a rose.                 | rose            | UNTOUCHED
            Mark said he was sorry.                    | Mark            | REDACT THIRD_PARTY_NAME
            Please mark the date in the diary.         | mark            | UNTOUCHED
            Mr Young from the flat below complained.   | Mr Young        | REDACT THIRD_PARTY_NAME
            Kayleigh is a young woman with brown hair. | young           | UNTOUCHED
            Kayleigh is a young woman with brown hair. | brown           | UNTOUCHED
            Mrs Brown's dog barked all night.          | Mrs Brown       | REDACT THIRD_PARTY_NAME
            Mr Smith came round to the flat.           | Mr Smith        | REDACT THIRD_PARTY_NAME
            Mr Morris rang about Kayleigh.             | Mr Morris       | REDACT THIRD_PARTY_NAME
            """)
    void decidesWhatStays(String text, String mention, String expected) {
        decide(text, mention, expected);
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kayleigh rang.\\nNational Insurance number NP436698C | NP436698C | REDACT THIRD_PARTY_IDENTIFIER
            Helped Kayleigh with her bank account. Her National Insurance\\nnumber is NP436698C. | NP436698C | KEEP DATA_SUBJECT_DETAILS
            Sarah Okafor, Independent Reviewing Officer,\\n0161 4960887. | 0161 4960887 | KEEP COUNCIL_STAFF_IN_ROLE
            Sarah Okafor\\nSocial Worker\\n0113 496 0451 | 0113 496 0451 | KEEP COUNCIL_STAFF_IN_ROLE
            Sarah Okafor, Social Worker.\\n07700 900456 | 07700 900456 | REDACT THIRD_PARTY_CONTACT_DETAILS
            Sarah Okafor\\n\\n07700 900456 | 07700 900456 | REDACT THIRD_PARTY_CONTACT_DETAILS
            """)
    void judgesLineBreaksBetweenANameAndADetail(String text, String mention, String expected) {
        decide(text.replace("\\n", "\n"), mention, expected);
    }

    private void decide(String text, String mention, String expected) {
        int start = text.indexOf(mention);
        TextSpan span = new TextSpan(start, start + mention.length());
        DetectionResult result = detector.analyse(text);
        String outcome = result.redactions().stream()
                .filter(r -> r.type() != PersonalDataType.SENSITIVE_SENTENCE
                        && r.span().overlaps(span))
                .map(r -> "REDACT " + r.reason() + (r.span().equals(span) ? "" : " at " + r.text()))
                .findFirst()
                .orElseGet(() -> result.kept().stream()
                        .filter(k -> k.span().overlaps(span))
                        .map(k -> "KEEP " + k.reason() + (k.span().equals(span) ? "" : " at " + k.text()))
                        .findFirst()
                        .orElse("UNTOUCHED"));
        assertThat(outcome).isEqualTo(expected);
    }
}
