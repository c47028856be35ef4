package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.policy.ReasonCode.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;

/**
 * Documents whose text does not say who the author is, known by the case's people list: a report signed only with a
 * name is an independent social worker's, a statement signed by a relative is a family member's. Each table has its
 * negative cases: a member of staff or a person the list does not know changes nothing.
 */
class CaseAuthorsTest {

    private static final PolicyClassifier CLASSIFIER = new PolicyClassifier(DisclosurePolicy.careLeaver());

    private static final List<Person> PEOPLE = List.of(
            new Person(
                    "Priya Ashdown",
                    List.of("Ms Ashdown"),
                    "independent social worker",
                    PersonCategory.EXTERNAL_PROFESSIONAL),
            new Person("Tom Harker", List.of(), "police officer", PersonCategory.EXTERNAL_PROFESSIONAL),
            new Person("Ruth Okafor", List.of(), "clinical psychologist", PersonCategory.EXTERNAL_PROFESSIONAL),
            new Person("Dev Mistry", List.of(), "class teacher", PersonCategory.EXTERNAL_PROFESSIONAL),
            new Person("Sandra Bell", List.of("Nanna Sandra"), "paternal grandmother", PersonCategory.FAMILY),
            new Person("Kyle Bell", List.of(), "uncle", PersonCategory.FAMILY),
            new Person("Joan Pike", List.of("Mrs Pike"), "foster carer", PersonCategory.CARER),
            new Person("Helen Marsh", List.of("Ms Marsh"), "social worker", PersonCategory.COUNCIL_STAFF),
            new Person("Anita Rao", List.of(), "virtual school head", PersonCategory.COUNCIL_STAFF));

    static Decision classify(String text, DocumentMetadata metadata, List<Person> people) {
        return CLASSIFIER.classify(
                new ExtractedDocument("documents/doc.pdf", List.of(text), Map.of(), ExtractionOutcome.EXTRACTED, ""),
                metadata,
                people);
    }

    static Stream<Arguments> knownByTheirAuthor() {
        return Stream.of(
                Arguments.of(
                        "relative's letter to the reviewing officer, its writer on a 'From:' line",
                        """
                        FAO Helen Marsh, Independent Reviewing Officer
                        Lowshire Council, Children's Services
                        From: Sandra Bell, 3 Mill Road, Lowtown
                        Nobody has told me when the next review is. I would like to come and say how well
                        Jordan does when he stays with me at weekends.
                        He has his own room here and he walks the dog with his cousins.
                        I have asked three times for a copy of the last report and had nothing back.
                        Please ring me before the review so I can come.
                        Thank you.""",
                        NON_PROFESSIONAL,
                        "Sandra Bell, paternal grandmother"),
                Arguments.of(
                        "kinship assessment by an ISW named in the heading",
                        """
                        Assessment of Mrs Example as a possible carer for Jordan, by Priya Ashdown, 4 June 2019
                        Mrs Example has a spare room and has looked after Jordan at weekends.
                        Recommendation: a full assessment should go ahead.
                        Priya Ashdown""",
                        THIRD_PARTY_SOURCE,
                        "Priya Ashdown, independent social worker"),
                Arguments.of(
                        "ISW signing with a title and surname only",
                        """
                        Parenting capacity assessment
                        I observed three sessions of family time and spoke to both parents.
                        Recommendation: the mother should be assessed further.
                        Ms Ashdown""",
                        THIRD_PARTY_SOURCE,
                        "Priya Ashdown, independent social worker"),
                Arguments.of(
                        "officer known by rank and surname", """
                        Note of enquiries
                        Jordan was found at a friend's flat and taken home at 1am.
                        Follow-up visit arranged with the carer.
                        Sgt Harker""", THIRD_PARTY_SOURCE, "Tom Harker, police officer"),
                Arguments.of(
                        "clinician named in a form field",
                        """
                        Therapy review
                        Young person: Jordan Example    Clinician: Dr Okafor    Date: 3 May 2019
                        Jordan has attended six sessions. Her mood is brighter and she is sleeping better.""",
                        THIRD_PARTY_SOURCE,
                        "Ruth Okafor, clinical psychologist"),
                Arguments.of(
                        "psychologist signing with an initial",
                        """
                        Summary of sessions
                        Jordan has come to every session since March and talks more freely about home.
                        R. Okafor""",
                        THIRD_PARTY_SOURCE,
                        "Ruth Okafor, clinical psychologist"),
                Arguments.of(
                        "carers' notes of dated entries signed after the last entry",
                        """
                        Notes from home
                        3 May - Went bowling with her friends and came home full of it.
                        4 May - Quiet day at home.
                        5 May - Upset after a phone call with Dad, talked it through.
                        Joan Pike / Bill Pike""",
                        PLACEMENT_RECORD,
                        "Joan Pike, foster carer"),
                Arguments.of(
                        "teacher's note signed in a closing sentence",
                        """
                        Notes on the spring term
                        Jordan has settled into the new class and has made two friends.
                        Reading is improving and homework is handed in on time.
                        Notes written by Mr Mistry.""",
                        THIRD_PARTY_SOURCE,
                        "Dev Mistry, class teacher"),
                Arguments.of(
                        "grandmother's letter signed with her name",
                        """
                        Re: my grandson
                        I have looked after Jordan every weekend since he was small and I can offer him a home.
                        Please ring me before anything is decided.
                        Sandra Bell""",
                        NON_PROFESSIONAL,
                        "Sandra Bell, paternal grandmother"),
                Arguments.of("uncle's statement from an address on a Court", """
                        Statement of Kyle Bell, 9 Abbey Court, Lowtown LT4 9QP
                        I want the social worker to know that Jordan can stay with us whenever she needs to.
                        Signed Kyle Bell""", NON_PROFESSIONAL, "Kyle Bell, uncle"),
                Arguments.of(
                        "psychologist's e-mail about an observation, in a case-note voice",
                        """
                        From: Ruth Okafor <ruth.okafor@example.org>
                        To: Helen Marsh <helen.marsh@council.example>
                        Subject: Observation of family time

                        I saw Jordan with his mother today and we discussed what the carers have noticed.
                        He went straight to his carer when he was hurt.""",
                        THIRD_PARTY_SOURCE,
                        "Ruth Okafor, clinical psychologist"),
                Arguments.of(
                        "psychologist's notes headed with her name and ending with it",
                        """
                        Ruth Okafor, Clinical Psychologist, independent practice
                        Consultation with the carers, session 2
                        We talked about how Jordan copes with change. I observed him at play.
                        Notes sent to the carers and the supervising social worker only. Ruth Okafor""",
                        THIRD_PARTY_SOURCE,
                        "Ruth Okafor, clinical psychologist"),
                Arguments.of(
                        "report whose assessing social worker is from an agency",
                        """
                        Report on the suitability of Mrs Example to care for Jordan
                        Assessing social worker: Priya Ashdown    Report date: 4 June 2019
                        I visited twice and I spoke to the people listed below.
                        I recommend a special guardianship order.""",
                        THIRD_PARTY_SOURCE,
                        "Priya Ashdown, independent social worker"),
                Arguments.of("carer's notes signed by the carer", """
                        Weekly notes
                        3 May - Went bowling with her friends and came home full of it.
                        4 May - Quiet day at home.
                        Mrs Pike""", PLACEMENT_RECORD, "Joan Pike, foster carer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownByTheirAuthor")
    void anAuthorFromThePeopleListIsEvidenceOfWhatTheDocumentIs(
            String name, String text, ReasonCode expected, String author) {
        Decision decision = classify(text, DocumentMetadata.NONE, PEOPLE);

        assertThat(decision.reason()).as(decision.evidence().toString()).isEqualTo(expected);
        assertThat(decision.evidence()).contains(new Evidence(Evidence.Kind.AUTHOR, author + " (case people list)"));
    }

    static Stream<Arguments> authorsThatChangeNothing() {
        return Stream.of(
                Arguments.of("assessment signed by the social worker", """
                        Assessment of Mrs Example as a possible carer for Jordan, by Helen Marsh, 4 June 2019
                        Mrs Example has a spare room and has looked after Jordan at weekends.
                        Recommendation: a full assessment should go ahead.
                        Helen Marsh"""),
                Arguments.of("the council's virtual school head is not a school", """
                        Personal Education Plan review
                        Jordan's attendance is 96% and she has a tutor for maths.
                        Targets: read every night; join a club.
                        Anita Rao"""),
                Arguments.of("a name the list does not know", """
                        Assessment of Mrs Example as a possible carer for Jordan, by A N Other, 4 June 2019
                        Recommendation: a full assessment should go ahead.
                        A N Other"""),
                Arguments.of("a carer who reported the child missing is not the author", """
                        Missing person report - Jordan Example
                        Reported missing: 3 May 2019 at 22:00 by Joan Pike
                        Investigating officer: DC 2231 Example
                        Jordan was found at a friend's house and returned.
                        Closed by DC Example."""),
                Arguments.of("a chronology whose last entry wraps onto a line naming the psychologist", """
                        Chronology of key events
                        3 May 2019 | Moved to new carers. | Helen Marsh
                        9 June 2019 | Looked after review held; plan agreed. | Helen Marsh
                        2 July 2019 | Therapy sessions started with the psychologist. |
                        Ruth Okafor"""),
                Arguments.of("a case note the social worker e-mailed, ending with her name", """
                        From: Helen Marsh <helen.marsh@council.example>
                        To: Anita Rao <anita.rao@council.example>
                        Subject: Visit

                        Case note: home visit
                        I saw Jordan at home and we talked about school. Helen Marsh"""),
                Arguments.of("a sentence wrapped onto a short last line that names the carer", """
                        Child in need review summary
                        The children were seen alone and said things are calmer at home.
                        Numbers held for the family are the school office 01632 960000 and the
                        carer Mrs Pike on 07700 900123 after 6pm
                        Actions: continue the plan and review in three months."""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorsThatChangeNothing")
    void staffStrangersAndMereMentionsChangeNothing(String name, String text) {
        Decision withPeople = classify(text, DocumentMetadata.NONE, PEOPLE);
        Decision without = classify(text, DocumentMetadata.NONE, List.of());

        assertThat(withPeople.disposition())
                .as(withPeople.evidence().toString())
                .isEqualTo(without.disposition());
        assertThat(withPeople.evidence()).noneMatch(e -> e.kind() == Evidence.Kind.AUTHOR);
    }

    @Test
    void theDocumentsJsonAuthorCountsAsMetadataAndSaysWhereItCameFrom() {
        DocumentMetadata metadata = new DocumentMetadata("Kinship report", "Report", null, "Priya Ashdown", null);

        Decision decision = classify("""
                Kinship report
                Mrs Example has a spare room and has looked after Jordan at weekends.
                Recommendation: a full assessment should go ahead.""", metadata, PEOPLE);

        assertThat(decision.disposition()).isNotEqualTo(Disposition.DISCLOSE);
        assertThat(decision.evidence().toString())
                .contains("Priya Ashdown, independent social worker (documents.json author, case people list)");
    }
}
