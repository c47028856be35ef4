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

    static Stream<Arguments> carersLogs() {
        return Stream.of(
                Arguments.of("residential shift log with nothing of substance", """
                        Example House Children's Home
                        Shift log
                        08/05/2021 07:30: Woke on time, breakfast, taxi to school.
                        08/05/2021 16:00: Home from school, snack, homework.
                        08/05/2021 21:00: Showered and in bed by nine. Nothing of note.
                        A Example, Residential Support Worker""", NOT_MEANINGFUL),
                Arguments.of("carer's diary of ordinary days", """
                        Carer's diary
                        Carer: A Example    Week commencing 3 June
                        Monday: Usual school day. Ate all his tea.
                        Tuesday: Quiet evening watching TV.
                        Wednesday: Fine. Nothing to report.""", NOT_MEANINGFUL),
                Arguments.of("one short entry that matters among routine ones", """
                        Carer's diary
                        Carer: A Example    Week commencing 3 June
                        Monday: Usual school day.
                        Tuesday: Came home with a bruise on her arm and would not say how.""", PLACEMENT_RECORD),
                Arguments.of("summary sheet whose form labels are not the carer's words", """
                        Weekly summary sheet
                        Young person: Jordan Example    Key worker: A Example
                        Mood: happy
                        Sleep: slept well
                        School: attended all week
                        Incidents: none""", NOT_MEANINGFUL),
                Arguments.of("summary sheet with an incident", """
                        Weekly summary sheet
                        Young person: Jordan Example    Key worker: A Example
                        Mood: low after a phone call with Dad
                        Sleep: slept well""", PLACEMENT_RECORD),
                Arguments.of("daily notes of single words", """
                        Foster carer's daily notes - Jordan
                        Mon: School. Tea. Bed.
                        Tue: All fine.
                        Wed: Nothing to note.""", NOT_MEANINGFUL),
                Arguments.of("daily notes with a slammed door", """
                        Foster carer's daily notes - Jordan
                        Mon: Came home from school and slammed his door. Would not eat.
                        Tue: Better today.""", PLACEMENT_RECORD),
                Arguments.of("entry about a missed contact", """
                        Daily record sheet
                        12/01/2020: Mum did not turn up at the family centre. Jordan waited an hour then cried in the car.
                        Signed: A Example, Foster Carer""", PLACEMENT_RECORD),
                Arguments.of("entry about a good day out", """
                        Daily record sheet
                        13/01/2020: We went to the seaside for the day and Jordan won a prize on the arcade.
                        Signed: A Example, Foster Carer""", PLACEMENT_RECORD));
    }

    static Stream<Arguments> moreWordings() {
        return Stream.of(
                Arguments.of("visit written as a diary", """
                        Tuesday 4 March
                        Went to see Jordan at the carers' home after school. Jordan answered the door and showed me
                        the new bike. We talked about contact and I asked how things are with Mum. I will ring the
                        school tomorrow.
                        A Example
                        Social Worker""", CASE_NOTE),
                Arguments.of("phone call recorded without any heading", """
                        14/06/2016
                        Jordan rang me this morning upset because contact had been cancelled again. I explained that
                        Mum had not confirmed. I said I would speak to Mum and rebook.""", CASE_NOTE),
                Arguments.of("office visit", """
                        Office visit
                        Jordan came into the office with his carer to sign the forms for the school trip.""", CASE_NOTE),
                Arguments.of("record of supervised contact", """
                        Contact supervision record
                        Mum arrived ten minutes late. Jordan ran to her and they hugged. At the end Jordan cried.
                        Supervised by A Example, Family Support Worker""", CASE_NOTE),
                Arguments.of("police e-mail about an arrest", """
                        From: PC A Example
                        Subject: Incident at the family home
                        Officers attended the family home last night after a 999 call. The father was arrested and
                        remains in custody. The children were present.""", THIRD_PARTY_SOURCE),
                Arguments.of("school's suspension letter to the parents", """
                        Example Academy
                        Dear Mr and Mrs Example,
                        I am writing to let you know that Jordan has been suspended for two days for fighting.
                        Yours sincerely
                        Headteacher""", THIRD_PARTY_SOURCE),
                Arguments.of("leaving care keeping in touch", """
                        Keeping in touch - leaving care
                        Rang Jordan to check the gas was back on. Jordan has started at the warehouse and sounds happy.
                        I will visit the flat next week.
                        A Example, Personal Adviser""", CASE_NOTE),
                Arguments.of("children looked after review record", """
                        Review of Jordan's care plan
                        Chaired by A Example, Independent Reviewing Officer
                        Since the last review Jordan has moved school. Recommendations from the last review were met.
                        The care plan is endorsed and the next review will be in six months.""", REVIEW_MINUTES),
                Arguments.of("timeline of key events", """
                        Timeline of key events
                        03/2012 Referral from health visitor. Source: referral record
                        06/2012 Initial child protection conference. Source: minutes
                        01/2013 Jordan became looked after. Source: case note""", CHRONOLOGY),
                Arguments.of("school referral to social care", """
                        Example Primary School
                        Safeguarding referral
                        I am making a referral to children's social care because Jordan arrived with a mark on the face.
                        Parents aware of referral: no
                        A Example, Designated Safeguarding Lead""", CORRESPONDENCE),
                Arguments.of("school's e-mail to the front door", """
                        Example High School
                        To: Children's Social Care, Front Door
                        From: Designated Safeguarding Lead
                        Jordan told a teaching assistant there was no food at home. We are referring this to you today.""", CORRESPONDENCE),
                Arguments.of("PEP attended by the social worker", """
                        Example Academy
                        Personal Education Plan review
                        Present: designated teacher, social worker, foster carer
                        Targets: attendance above 95%, join a club.""", ASSESSMENT_OR_PLAN),
                Arguments.of("school behaviour record", """
                        Example Academy
                        Behaviour and attendance summary
                        Pupil: Jordan Example    Tutor group: 9B    Attendance: 91%
                        Two detentions for homework this term. Effort in lessons is good.""", THIRD_PARTY_SOURCE),
                Arguments.of("GP summary with a hospital copy line", """
                        Example Surgery
                        Dear Sir or Madam,
                        I saw Jordan today with a chest infection and prescribed antibiotics.
                        Yours faithfully
                        Dr A Example, GP""", THIRD_PARTY_SOURCE),
                Arguments.of("psychologist describing their own role", """
                        Report on Jordan
                        I am a clinical psychologist and I was asked to assess Jordan's emotional needs.
                        Jordan completed questionnaires and the scores suggest high anxiety.""", THIRD_PARTY_SOURCE),
                Arguments.of("ISW naming their role in the body", """
                        Viability assessment of the maternal grandparents
                        I am an independent social worker and I was asked to carry out this viability assessment.
                        Analysis: the grandparents love Jordan but did not protect the mother as a child.
                        Recommendation: not viable.""", THIRD_PARTY_SOURCE),
                Arguments.of("review health assessment by the nurse", """
                        Review Health Assessment
                        Health needs: dental check overdue; immunisations up to date.
                        Recommendations: register with an optician.
                        A Example, Looked After Children Nurse""", THIRD_PARTY_SOURCE),
                Arguments.of("therapist's progress report", """
                        Therapy progress report
                        Jordan has attended ten sessions. Themes of loss come up often.
                        A Example, Play Therapist""", THIRD_PARTY_SOURCE),
                Arguments.of("council letter confirming a grant", """
                        Example City Council
                        Children's Services
                        Dear Jordan,
                        I am pleased to confirm that your leaving care grant of £2,000 will be paid by BACS.
                        Yours sincerely
                        A Example, Personal Adviser""", FINANCIAL),
                Arguments.of("leaving care grant authorisation", """
                        Leaving care grant
                        Amount authorised: £400    Cost centre: LC-1
                        Paid to Jordan by BACS for furniture.""", FINANCIAL),
                Arguments.of("PIR-like essential information form", """
                        Essential information for carers
                        Placement start date: 2 May    Placement type: emergency
                        GP: Example Surgery    Allergies: none
                        For office use only""", ADMIN),
                Arguments.of("care order", """
                        Care Order
                        Section 31 Children Act 1989
                        The court orders that the child is placed in the care of the local authority.
                        By the court""", COURT));
    }

    /**
     * Headings that run an organisation, a title and a name together on one long line, street addresses that contain
     * a policy word, and phrases that would only match across two heading parts.
     */
    static Stream<Arguments> headingsAndAddresses() {
        return Stream.of(
                Arguments.of("school named inside a long heading line", """
                        Riverside High School | Record of Behaviour Incidents | Year 9 | Jordan Example
                        4 March: Left the lesson without permission. Returned after ten minutes.
                        6 March: Merit for a science project. Pupils voted it the best in the class.
                        Incidents recorded by Mrs A Example, Head of Year 9.""", THIRD_PARTY_SOURCE),
                Arguments.of("mental health team named inside a long heading line", """
                        Child and Adolescent Mental Health Team - Progress Letter - Jordan Example - March 2020
                        Jordan has attended five appointments. Low mood persists and sleep is poor.
                        We will offer a further six sessions.""", THIRD_PARTY_SOURCE),
                Arguments.of("missing person report with no letterhead", """
                        Missing person report (Jordan Example)
                        Investigating officer: DC 2231 Example
                        Jordan was found at a friend's house and returned to the carers.
                        Closed by DC Example.""", THIRD_PARTY_SOURCE),
                Arguments.of("placement change notice: no 'placement record' across the dash", """
                        PLACEMENT - RECORD CHANGE NOTICE
                        Child ID: 1234    Name: Jordan Example    Date of change: 3 May 2019
                        The new carer's details are to be entered on the system.
                        Notifications sent to: school, health, IRO.""", ADMIN),
                Arguments.of("aunt's statement written from an address on a Court", """
                        Statement of Jordan's aunt, 7 Kings Court, Lowtown LT4 9QP
                        I am her aunt and I have had her to stay most weekends this year.
                        I want it put on record that she is happy with us.""", NON_PROFESSIONAL),
                Arguments.of("a letter from 3 Mill Court, Lowtown is no court letter", """
                        3 Mill Court,
                        Lowtown
                        Dear Social Worker,
                        I am her mother and I want to know when I can see her again.
                        Love, Mum""", NON_PROFESSIONAL),
                Arguments.of("the court's own address still names the court", """
                        Lowtown Family Court
                        2 Bridge Street, Lowtown LT1 1AA
                        Notice of Hearing
                        The application will be heard on 3 June 2019 at 10am.""", COURT),
                Arguments.of("psychology service between a reference and a title", """
                        Our ref: CP/12 | Eastmoor Clinical Psychology | Summary for the allocated worker
                        Jordan has been seen for eight sessions. Anxiety has eased and sleep is better.
                        We will see her monthly until the summer.""", THIRD_PARTY_SOURCE),
                Arguments.of("force named in a heading run together with colons", """
                        LOWSHIRE CONSTABULARY :: CONCERN FOR WELFARE :: 3 May 2019
                        Jordan was seen alone at the bus station at 1am and taken home.
                        Information shared with the local authority.""", THIRD_PARTY_SOURCE),
                Arguments.of("school memo addressed to the duty team along a line", """
                        Concern about Jordan from Hillside Academy
                        From: A Example, DSL    To: Duty team    Date: 3 May 2019
                        Jordan came in hungry again and said there was no food at home.
                        A Example, Designated Safeguarding Lead""", CORRESPONDENCE),
                Arguments.of("a young person's own pathway plan", """
                        MY PATHWAY PLAN - Jordan Example
                        Where I will live: I want to stay with my carers until I am 21.
                        Money: I will save twenty pounds a month.
                        Signed by Jordan and A Example, Personal Adviser.""", ASSESSMENT_OR_PLAN),
                Arguments.of("long assessment heading read up to its first comma", """
                        Assessment of need for Jordan Example, completed on 3 May 2019 by the allocated worker
                        What is working well: Jordan attends school and has friends.
                        What we are worried about: the home is often cold and there is little food.
                        What needs to happen: a plan with support from the family support service.""", ASSESSMENT_OR_PLAN));
    }

    /** Forms whose fields run on in paragraphs, and logs whose dates carry a label or sit on a line of their own. */
    static Stream<Arguments> layoutsNotSeenInTuning() {
        return Stream.of(
                Arguments.of(
                        "plan whose fields run together, with a delegated authority section", """
                        Lowshire Council - Children Looked After
                        Plan for Jordan Example, written by A Worker on 3 May 2019.
                        Long-term aim: stay with the current carers. Contingency plan: return to the aunt.
                        Area: education. What will happen: extra reading support. Who: the school. By when: July.
                        Area: health. What will happen: eye test. Who: carers. By when: June.
                        Delegated authority: carers may agree to haircuts and day trips.
                        Signed (social worker): A Worker""", ASSESSMENT_OR_PLAN),
                Arguments.of("routine sheet with a labelled date above each entry", """
                        Supported Lodgings - Placement Record
                        Young person: Jordan    Carer: A Example    Supervising worker informed: no
                        Entry date: 4 March 2019    Area: Routine
                        Nothing to add.
                        Entry date: 5 March 2019    Area: Health
                        Fine, no illness, no appointments.
                        Entry date: 6 March 2019    Area: Routine
                        College, cooked dinner, early night.
                        Completed by: A Example    Returned to the leaving care team monthly.""", NOT_MEANINGFUL),
                Arguments.of("the same sheet with one entry of substance", """
                        Supported Lodgings - Placement Record
                        Young person: Jordan    Carer: A Example    Supervising worker informed: yes
                        Entry date: 4 March 2019    Area: Routine
                        Nothing to add.
                        Entry date: 5 March 2019    Area: Health
                        Came home at 2am very drunk and was sick in the hallway.
                        Completed by: A Example    Returned to the leaving care team monthly.""", PLACEMENT_RECORD),
                Arguments.of("school's own progress record, no part for social care", """
                        Hillside Primary School
                        Spring term summary
                        Pupil: Jordan Example    Class: 5B
                        Reading: working at the expected standard. Maths: needs more practice with fractions.
                        Attendance: 96%. A polite pupil who tries hard in lessons.
                        A Teacher, Class Teacher""", THIRD_PARTY_SOURCE));
    }

    /**
     * School records social care took part in are the council's to disclose (§5): a mention of social care or a social
     * worker counts against withholding them as the school's own, so they are never withheld, though an officer may
     * be asked to read one that says little else.
     */
    static Stream<Arguments> schoolRecordsSocialCareTookPartIn() {
        return Stream.of(
                Arguments.of("school's own record of a concern it shared with social care", """
                        Hillside Primary School
                        Welfare concern and follow-up
                        Pupil: Jordan Example    Logged by: A Teacher, pastoral lead
                        Jordan arrived with a cut lip and said an older cousin had pushed him.
                        Follow-up: pastoral lead rang social care the same morning; a duty worker came to school
                        and saw Jordan with his class teacher.
                        Result: social care will visit the family this week."""),
                Arguments.of("school email about a meeting the social worker attended", """
                        From: A Teacher <a.teacher@hillside.example.sch.uk>
                        Subject: Jordan - meeting today
                        Hillside Academy
                        Student: Jordan Example    Year 9
                        Jordan's social worker joined us for the attendance meeting this afternoon. We agreed a
                        reduced timetable for two weeks and a weekly call with social care.
                        A Teacher, Head of Year 9"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schoolRecordsSocialCareTookPartIn")
    void neverWithholdsASchoolRecordSocialCareTookPartIn(String name, String text) {
        Decision decision = PolicyClassifierTest.classify(text);

        assertThat(decision.disposition()).as(decision.evidence().toString()).isNotEqualTo(Disposition.WITHHOLD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({
        "layoutsNotSeenInTuning",
        "thirdPartySources",
        "courtFinanceAndAdmin",
        "familyAndCouncilRecords",
        "carersLogs",
        "moreWordings",
        "headingsAndAddresses"
    })
    void recognisesADocumentByTheEvidenceAnOfficerUses(String name, String text, ReasonCode expected) {
        Decision decision = PolicyClassifierTest.classify(text);

        assertThat(decision.reason()).as(decision.evidence().toString()).isEqualTo(expected);
        assertThat(decision.evidence()).isNotEmpty();
    }
}
