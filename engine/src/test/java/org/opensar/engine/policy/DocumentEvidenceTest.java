package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.policy.ReasonCode.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents recognised the way an officer recognises them when the heading is unfamiliar or misleading: by the
 * issuing organisation, who signed it and in what role, the form's field labels, the addressee and the vocabulary of
 * the body. One table per kind, each with its negative cases (the council's own records that mention the same body).
 */
class DocumentEvidenceTest {

    static Stream<Arguments> thirdPartySources() {
        return Stream.of(
                Arguments.of("hospital letter known by its sign-off", """
                        Outpatient letter
                        Seen on 3 May in the paediatric clinic with her foster carer.
                        She has put on weight and her inhaler technique is better. No change to the dose.
                        Dr P Example MBChB MRCPCH
                        Consultant Paediatrician""", THIRD_PARTY_SOURCE),
                Arguments.of("health visitor's note", """
                        Record of contact
                        Home contact at 10am. Baby weighed, gaining along the 25th centile.
                        Mother reports feeding well. Immunisations due next month.
                        A Example, Health Visitor""", THIRD_PARTY_SOURCE),
                Arguments.of("emergency department summary by its fields", """
                        Attendance summary
                        Presenting complaint: laceration to left hand
                        Diagnosis: superficial wound, glued
                        Discharged home with advice.""", THIRD_PARTY_SOURCE),
                Arguments.of("police occurrence by its fields", """
                        Occurrence summary
                        Occurrence number: 1234/19    Attending officer: PC 4521 Example
                        Offence: common assault    Suspect: adult male, known to the family
                        The child was present and was spoken to.""", THIRD_PARTY_SOURCE),
                Arguments.of("police disclosure signed by a detective", """
                        Information for children's social care
                        On 2 March a man was arrested at the address and later released on bail.
                        Enquiries continue.
                        DC 1180 A Example
                        Child Abuse Investigation Unit""", THIRD_PARTY_SOURCE),
                Arguments.of("educational psychologist's report", """
                        Report following assessment
                        I assessed Jordan over two sessions using standardised tests; scores fall in the
                        low average range for working memory.
                        Dr A Example, Educational Psychologist, HCPC registered""", THIRD_PARTY_SOURCE),
                Arguments.of("ISW viability assessment read by its author", """
                        Viability Assessment - maternal aunt
                        Prepared for the local authority.
                        I was instructed to consider whether the aunt could offer Jordan a home.
                        Analysis: she has a spare room and a stable income but little insight into the risks.
                        Recommendation: a full special guardianship assessment is not recommended.
                        A Example, Independent Social Worker""", THIRD_PARTY_SOURCE),
                Arguments.of("ISW letterhead on a parenting assessment", """
                        Example Associates - ISW
                        Parenting Assessment of the father
                        Analysis and recommendations follow the observations of contact.
                        Recommendations: the father should attend a parenting course.""", THIRD_PARTY_SOURCE),
                Arguments.of("school attainment report", """
                        Summer term report
                        Pupil: Jordan Example    Tutor group: 8R
                        English - Attainment: working towards. Effort: good.
                        Maths - Attainment: secure. Effort: excellent.
                        Tutor comment: a quiet, kind member of the form.
                        Mrs A Example, Head of Year 8""", THIRD_PARTY_SOURCE),
                // negatives: the council's own records that talk about these bodies
                Arguments.of("case note about a hospital appointment", """
                        Case Note
                        Type of contact: home visit
                        I visited Jordan after the hospital appointment. The consultant had prescribed a new inhaler.
                        Jordan was seen alone and said the doctor was kind.
                        A Example, Social Worker""", CASE_NOTE),
                Arguments.of("assessment that mentions an ISW was instructed", """
                        Child and Family Assessment
                        Reason for assessment: referral from the school.
                        Analysis: an independent social worker has been instructed to assess the father; until then
                        the plan is for Jordan to remain with the foster carer.
                        Assessing social worker: A Example""", ASSESSMENT_OR_PLAN),
                Arguments.of("minutes with a police update", """
                        Strategy Meeting Minutes
                        Present: A Example (Social Worker), PC B Example (Police), C Example (School Nurse)
                        Police update: the man was arrested and is on bail with conditions not to contact the family.
                        Health update: no injuries were seen at the medical.
                        Actions: the social worker will visit today.""", MEETING_NOTES));
    }

    static Stream<Arguments> courtFinanceAndAdmin() {
        return Stream.of(
                Arguments.of("position statement for a hearing", """
                        Position statement on behalf of the local authority
                        Hearing date: 14 June    Judge: District Judge Example
                        The local authority invites the court to make an interim care order.""", COURT),
                Arguments.of("threshold document", """
                        Schedule of findings sought
                        Case No: AB19C00001
                        The mother failed to protect the child from the father's violence.
                        The respondents were served with notice of the hearing.""", COURT),
                Arguments.of("placement invoice by its fields", """
                        Example Fostering Ltd
                        Payee: Example Fostering Ltd    Invoice no: 4471
                        Weekly fee: £950.00    VAT: exempt    Amount payable: £3,800.00""", FINANCIAL),
                Arguments.of("leaving care grant request", """
                        Request for funds
                        Jordan needs a bed and a washing machine for the new flat.
                        Amount requested: £620    Budget code: LC-22    Approved for payment by the team manager.""", FINANCIAL),
                Arguments.of("request to reallocate a case", """
                        Request to reallocate case
                        Current team: Assessment    Proposed team: Children in Care
                        Reason for request: Jordan became looked after last month and the statutory visits are up to date.
                        Allocated worker: A Example, Social Worker""", ADMIN),
                Arguments.of("handover between workers", """
                        Case handover
                        Outgoing worker: A Example    Incoming worker: B Example    Date of transfer: 1 May
                        Outstanding tasks: life story work, health assessment.""", ADMIN),
                Arguments.of("placement details form for business support", """
                        To: Business Support
                        Please update the system with the new placement.
                        Placement start date: 4 April    Placement type: in-house foster care""", ADMIN),
                // negatives: keep records that mention courts, money and transfers
                Arguments.of("case note after a hearing", """
                        Case Note
                        Type of contact: telephone call
                        I rang Jordan to explain what the judge decided at court today. Jordan was relieved.
                        A Example, Social Worker""", CASE_NOTE),
                Arguments.of("personal advisor note about a grant", """
                        Leaving Care - Personal Adviser contact
                        We met at the flat. I explained the setting up home allowance and we made a list of what
                        Jordan needs. I will chase the payment.
                        A Example, Personal Adviser""", CASE_NOTE));
    }

    static Stream<Arguments> familyAndCouncilRecords() {
        return Stream.of(
                Arguments.of("letter from a grandmother", """
                        14 Example Road
                        Dear Social Worker,
                        I am writing about my grandson. I have looked after him every summer since he was small
                        and I want it put on record that I can have him at weekends.
                        Yours faithfully
                        A Example""", NON_PROFESSIONAL),
                Arguments.of("email from a father", """
                        I am his dad and nobody tells me anything. I want to know why my son has moved again.
                        A Example""", NON_PROFESSIONAL),
                Arguments.of("review minutes by their fields", """
                        Record of review
                        Review number: 4    Date of review: 3 March    Reviewing officer: A Example
                        Jordan said the placement is going well. Since the last review there have been no missing
                        episodes. The care plan is endorsed.""", REVIEW_MINUTES),
                Arguments.of("network meeting notes", """
                        Notes of network meeting
                        Attendees: social worker, designated teacher, foster carer
                        Apologies: school nurse
                        Agenda item 1: attendance. It was agreed that the school will ring the carer by 10am.
                        Next meeting: six weeks""", MEETING_NOTES),
                Arguments.of("pathway plan by its sections", """
                        Pathway planning
                        Education, training and employment: Jordan is at college three days a week.
                        Accommodation: supported lodgings until March.
                        Who will do this: personal adviser    By when: end of term""", ASSESSMENT_OR_PLAN),
                Arguments.of("social work visit in diary style", """
                        Visit to Jordan
                        I arrived at 4pm and Jordan showed me the garden. I saw Jordan alone in the bedroom and we
                        talked about school and contact. I explained that the next visit will be in four weeks.
                        A Example, Social Worker""", CASE_NOTE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"thirdPartySources", "courtFinanceAndAdmin", "familyAndCouncilRecords"})
    void recognisesADocumentByTheEvidenceAnOfficerUses(String name, String text, ReasonCode expected) {
        Decision decision = PolicyClassifierTest.classify(text);

        assertThat(decision.reason()).as(decision.evidence().toString()).isEqualTo(expected);
        assertThat(decision.evidence()).isNotEmpty();
    }
}
