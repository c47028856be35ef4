package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensar.engine.render.BundleFixtures.CASE_NOTE;
import static org.opensar.engine.render.BundleFixtures.document;
import static org.opensar.engine.render.BundleFixtures.inMemory;
import static org.opensar.engine.render.BundleFixtures.redaction;
import static org.opensar.engine.render.BundleFixtures.requestFor;
import static org.opensar.engine.render.BundleFixtures.text;
import static org.opensar.engine.render.BundleFixtures.withRedactions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;

class ReasonWordingsTest {

    @TempDir
    Path dir;

    private final ReasonWordings defaults = ReasonWordings.defaults();

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void everyReasonToKeepADocumentBackHasWordingForTheRequesterAndAGroundForTheLog(ReasonCode reason) {
        if (reason.disposition() == Disposition.WITHHOLD || reason.disposition() == Disposition.REMOVE) {
            assertThat(defaults.reasons()).containsKey(reason);
            assertThat(defaults.sentence(reason, 1)).startsWith("1 document ").doesNotContain("another reason");
            assertThat(defaults.sentence(reason, 2)).startsWith("2 documents ").doesNotContain("another reason");
            assertThat(defaults.exemption(reason)).isNotBlank().doesNotContain("Awaiting");
        } else {
            assertThat(defaults.reasons()).doesNotContainKey(reason);
        }
    }

    @Test
    void aFamilyMembersOrANonProfessionalsWordsAreTheirOwnReasonNotAnotherOrganisation() {
        assertThat(defaults.sentence(ReasonCode.FAMILY_MEMBER_WORDS, 1))
                .contains("written by a member of your family")
                .doesNotContain("organisation");
        assertThat(defaults.sentence(ReasonCode.NON_PROFESSIONAL_WORDS, 3))
                .startsWith("3 documents were written by people who know you")
                .doesNotContain("organisation");
    }

    @Test
    void theLogCitesTheScheduleOfEachExemption() {
        assertThat(defaults.exemption(ReasonCode.THIRD_PARTY_DATA)).contains("Sch 2 Part 3 paras 16-17");
        assertThat(defaults.exemption(ReasonCode.SERIOUS_HARM_SOCIAL_WORK))
                .contains("Sch 3 Part 3 para 11", "social worker");
        assertThat(defaults.exemption(ReasonCode.SERIOUS_HARM_HEALTH))
                .contains("Sch 3 Part 2 paras 5-6", "appropriate health professional");
        assertThat(defaults.exemption(ReasonCode.COURT)).contains("Sch 3 Part 3 para 9", "Family Procedure Rules");
        assertThat(defaults.exemption(ReasonCode.LEGAL_PRIVILEGE)).contains("Sch 2 Part 4 para 19");
        assertThat(defaults.exemption(ReasonCode.CRIME_AND_TAXATION)).contains("Sch 2 Part 1 para 2");
        assertThat(defaults.exemption(ReasonCode.CONFIDENTIAL_REFERENCE)).contains("Sch 2 Part 4 para 24");
    }

    /** Plain English for a reading age of about 11: short sentences, no legal words in what the requester reads. */
    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void whatTheRequesterReadsIsPlainEnglish(ReasonCode reason) {
        for (String sentence : List.of(defaults.sentence(reason, 1), defaults.sentence(reason, 2))) {
            assertThat(sentence).doesNotContainIgnoringCase("DPA").doesNotContain("Sch ", "exempt", "pursuant");
            for (String part : sentence.split("[.:] ")) {
                assertThat(part.split(" ")).as(part).hasSizeLessThanOrEqualTo(30);
            }
        }
    }

    @Test
    void aCouncilsFileReplacesTheWordingItGivesAndKeepsTheRest() throws Exception {
        Path file = Files.writeString(dir.resolve("wording.json"), """
                {"FAMILY_MEMBER_WORDS": {"one": "was written by someone in your family.", "exemption": "Our ground"}}
                """);

        ReasonWordings council = ReasonWordings.read(file);

        assertThat(council.sentence(ReasonCode.FAMILY_MEMBER_WORDS, 1))
                .isEqualTo("1 document was written by someone in your family.");
        assertThat(council.sentence(ReasonCode.FAMILY_MEMBER_WORDS, 2))
                .isEqualTo(defaults.sentence(ReasonCode.FAMILY_MEMBER_WORDS, 2));
        assertThat(council.exemption(ReasonCode.FAMILY_MEMBER_WORDS)).isEqualTo("Our ground");
        assertThat(council.exemption(ReasonCode.COURT)).isEqualTo(defaults.exemption(ReasonCode.COURT));
    }

    @Test
    void aFileNamingAReasonThereIsNotIsRefusedSayingWhich() throws Exception {
        Path file = Files.writeString(dir.resolve("wording.json"), "{\"FATHERS_LETTER\": {\"one\": \"x\"}}");

        assertThatThrownBy(() -> ReasonWordings.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wording.json is not a valid reason wording file")
                .hasMessageContaining("FATHERS_LETTER");
    }

    @Test
    void theBundleExplainsEachWithheldDocumentInTheCouncilsWordingAndTheLogCitesTheLaw() throws Exception {
        BundleRequest request = requestFor(
                document("note.txt", "Home visit", CASE_NOTE),
                document("dad.txt", "Letter from father", withheld(ReasonCode.FAMILY_MEMBER_WORDS, "Dad's letter")),
                document("harm.txt", "Assessment", withheld(ReasonCode.SERIOUS_HARM_SOCIAL_WORK, "opinion of SW")));
        Path file = Files.writeString(dir.resolve("wording.json"), """
                {"SERIOUS_HARM_SOCIAL_WORK": {"one": "was kept back to keep someone safe.", "exemption": "Para 11"}}
                """);
        request = new BundleRequest(
                request.description(),
                request.documents(),
                request.letter(),
                ReasonWordings.read(file),
                request.issued());

        Path out = Files.createDirectories(dir.resolve("out"));
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(Map.of(
                        "note.txt", "I visited Jordan.",
                        "dad.txt", "A letter.",
                        "harm.txt", "An assessment.")))
                .write(request, out);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(text(outcome.bundle()).replaceAll("\\s+", " "))
                .contains("1 document was written by a member of your family.")
                .contains("1 document was kept back to keep someone safe.")
                .doesNotContain("another organisation");
        List<String> log = Files.readAllLines(outcome.log());
        assertThat(log)
                .anyMatch(l -> l.startsWith("dad.txt,,whole document: WITHHOLD,,FAMILY_MEMBER_WORDS,")
                        && l.contains("Sch 2 Part 3 paras 16-17"))
                .anyMatch(l -> l.startsWith("harm.txt,,whole document: WITHHOLD,,SERIOUS_HARM_SOCIAL_WORK,Para 11,"));
    }

    @Test
    void aPassageAnOfficerKeepsBackIsBoxedWithItsExemptionsCodeExplainedInTheKeyAndCitedInTheLog() throws Exception {
        String note = "Visit. Dad said he was worried about the move. Jordan was happy at school.";
        String passage = "Dad said he was worried about the move.";
        BundleRequest request = requestFor(withRedactions(
                document("note.txt", "Home visit", CASE_NOTE),
                List.of(redaction(
                        passage,
                        note.indexOf(passage),
                        PersonalDataType.SENSITIVE_SENTENCE,
                        RedactionReason.FAMILY_MEMBER_WORDS))));

        DisclosureBundleWriter.Outcome outcome =
                new DisclosureBundleWriter(inMemory(Map.of("note.txt", note))).write(request, dir);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(text(outcome.bundle()).replaceAll("\\s+", " "))
                .contains("Jordan was happy at school", "FM What a member of your family wrote or said.")
                .contains("with a box marked FM: what a member of your family wrote or said. It is about them as well"
                        + " as you.")
                .doesNotContain("worried about the move", "LP Legal advice");
        assertThat(Files.readAllLines(outcome.log()))
                .anyMatch(l -> l.startsWith("note.txt,")
                        && l.contains(",SENSITIVE_SENTENCE,FM,FAMILY_MEMBER_WORDS,")
                        && l.contains("given by a family member"));
    }

    @ParameterizedTest
    @EnumSource(RedactionCode.class)
    void everyBoxCodeHasAMeaningInTheKey(RedactionCode code) {
        assertThat(code.meaning(defaults)).isNotBlank().doesNotContain("officer can explain");
        assertThat(defaults.exemption(code.ground())).isNotBlank().doesNotContain("Awaiting");
    }

    private static Decision withheld(ReasonCode reason, String explanation) {
        return Decision.of(reason, List.of(), 1.0, explanation);
    }

    @Test
    void onlyTheReasonsTheLawAsksToWeighOrToAskAProfessionalAboutSaySo() {
        assertThat(Arrays.stream(ReasonCode.values()).filter(ReasonCode::needsProfessionalOpinion))
                .containsExactly(ReasonCode.SERIOUS_HARM_SOCIAL_WORK, ReasonCode.SERIOUS_HARM_HEALTH);
        assertThat(Arrays.stream(ReasonCode.values()).filter(ReasonCode::needsBalancing))
                .containsExactly(
                        ReasonCode.THIRD_PARTY_DATA, ReasonCode.FAMILY_MEMBER_WORDS, ReasonCode.NON_PROFESSIONAL_WORDS);
    }
}
