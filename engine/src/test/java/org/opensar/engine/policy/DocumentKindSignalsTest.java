package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.policy.ReasonCode.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a document is, from its heading: leaving care contacts, carers' recordings, case transfers. */
class DocumentKindSignalsTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                // personal advisor and leaving care contacts: positive
                Arguments.of("personal advisor contact record", """
                        Personal Advisor Contact Record
                        Young person: Jordan Example    PA: Sam Example
                        We met in town and looked at college courses together.""", CASE_NOTE),
                Arguments.of("adviser spelling", """
                        Leaving Care - Personal Adviser visit
                        Jordan showed me the new flat and we went through the tenancy.""", CASE_NOTE),
                Arguments.of("keeping in touch note", """
                        Keeping in Touch
                        Jordan rang to say the apprenticeship is going well.""", CASE_NOTE),
                Arguments.of("leaving care contact", """
                        Leaving Care Contact
                        Jordan came to the office to talk about a bus pass.""", CASE_NOTE),
                // negative: a leaving care heading alone is not enough
                Arguments.of("leaving care heading only", """
                        Leaving Care
                        Jordan rang to say the apprenticeship is going well.""", UNCERTAIN),
                // carers' recordings: positive, with and without substance
                Arguments.of("weekly recording with substance", """
                        Foster Carer Weekly Recording
                        1 March 2020: Jordan was upset after contact and did not want dinner.""", PLACEMENT_RECORD),
                Arguments.of("weekly recording without substance", """
                        Carer Recording - week 12
                        1 March 2020: No issues.
                        2 March 2020: Went to school as normal.""", NOT_MEANINGFUL),
                Arguments.of("placement log", """
                        Placement Log
                        3 May 2019: Jordan won a swimming certificate and was proud.""", PLACEMENT_RECORD),
                Arguments.of("log sheet", """
                        Log Sheet
                        4 May 2019: Quiet day. Bed at 9.""", NOT_MEANINGFUL),
                // negative: a foster carer mentioned in a case note does not make it a log
                Arguments.of("case note about the foster carer", """
                        Case Note
                        I visited Jordan and spoke with the foster carer about school.""", CASE_NOTE),
                // case transfers: positive
                Arguments.of("case transfer form", """
                        Case Transfer Form
                        From: Assessment Team    To: Children in Care Team
                        Transfer checklist: chronology up to date.""", ADMIN),
                Arguments.of("transfer summary", """
                        Transfer Summary
                        The case moves to the disabled children's team. Transfer agreed by the team manager.""", ADMIN),
                Arguments.of("transfer of case", """
                        Transfer of Case
                        The allocated worker changes from next week.""", ADMIN),
                Arguments.of("PIR", """
                        PIR - section 2
                        Placement address and carer's details for the placing team.""", ADMIN),
                // negative: a team named in the heading is not the document's title
                Arguments.of("assessment team named in a case note", """
                        Case Note
                        Worker: Sam Example, Assessment Team
                        I visited Jordan at home and Jordan was seen alone.""", CASE_NOTE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void classifiesByWhatTheDocumentIs(String name, String text, ReasonCode expected) {
        assertThat(PolicyClassifierTest.classify(text).reason()).isEqualTo(expected);
    }
}
