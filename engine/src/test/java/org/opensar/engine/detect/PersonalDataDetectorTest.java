package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {

    private static final String NOTE = """
            Home visit. Sarah Okafor saw Kayleigh at 14 Acacia Avenue, LS12 3AB.
            Ms Morris said her friend Hope had stayed over; Hope's number is 07700 900123.
            Mum has been drinking again, Kayleigh said.
            """;

    private final PersonalDataDetector detector = PersonalDataDetector.forCase(Cases.kayleigh());

    @Test
    void offsetsPointIntoTheGivenTextAndEveryProposalExplainsItself() {
        List<ProposedRedaction> redactions = detector.detect(NOTE);

        assertThat(redactions).isNotEmpty().allSatisfy(r -> {
            assertThat(NOTE.substring(r.start(), r.end())).isEqualTo(r.text());
            assertThat(r.status()).isEqualTo(RedactionStatus.PROPOSED);
            assertThat(r.explanation().detail()).isNotBlank();
            assertThat(r.reason().plainEnglish()).isNotBlank();
        });
        assertThat(redactions)
                .extracting(ProposedRedaction::text)
                .containsExactly(
                        "14 Acacia Avenue",
                        "LS12 3AB",
                        "Ms Morris",
                        "Hope",
                        "Hope",
                        "07700 900123",
                        "Mum has been drinking again, Kayleigh said.");
    }

    @Test
    void givesTheSameAnswerFromSeveralThreads() throws Exception {
        List<ProposedRedaction> expected = detector.detect(NOTE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ProposedRedaction>>> answers = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> detector.detect(NOTE)))
                    .toList();
            for (Future<List<ProposedRedaction>> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aReviewNoteFullOfCapitalisedTermsProposesNothing() {
        String review = """
                CHILD IN CARE REVIEW - PATHWAY PLAN
                The review was chaired by the Independent Reviewing Officer. Kayleigh's Personal Adviser from the
                Leaving Care Team attended, as did her foster carer. The Pathway Plan was updated. Kayleigh has
                applied for Universal Credit and has an appointment at the Jobcentre Plus on Tuesday. She is attending
                Leeds City College, studying Health and Social Care at Level 2. The Virtual School Head confirmed the
                Personal Education Plan is up to date. CAMHS have closed the case. THE NEXT REVIEW WILL BE HELD IN MAY.
                She told the IRO that she feels settled at Oak Lodge and wants to stay until she is 21 under Staying
                Put. Actions: Social Worker to complete the Needs Assessment.
                """;

        // "Leeds City College" is an organisation (a place before an organisation word), not a person
        assertThat(detector.detect(review)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "'", "-", "-\n", "@", "+44", "(0", "Mr.", "'s", "\n\n", "DOB:", "and-\n", "...?!"})
    void oddFragmentsProposeNothing(String fragment) {
        assertThat(detector.analyse(fragment).redactions()).isEmpty();
    }

    @Test
    void withoutACaseEveryNameIsAThirdPartys() {
        assertThat(PersonalDataDetector.withoutCase().detect("Kayleigh met Tyler and Mum."))
                .extracting(ProposedRedaction::text)
                .containsExactly("Kayleigh", "Tyler");
    }
}
