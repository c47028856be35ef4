package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

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
    void withoutACaseEveryNameIsAThirdPartys() {
        assertThat(PersonalDataDetector.withoutCase().detect("Kayleigh met Tyler and Mum."))
                .extracting(ProposedRedaction::text)
                .containsExactly("Kayleigh", "Tyler");
    }
}
