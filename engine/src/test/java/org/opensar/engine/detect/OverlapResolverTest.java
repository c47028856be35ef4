package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

    private final OverlapResolver resolver = new OverlapResolver(List.of("First", "Second"));

    private static RecognizerResult result(PersonalDataType type, int start, int end, double score, String recognizer) {
        return new RecognizerResult(
                type,
                new TextSpan(start, end),
                "x".repeat(end - start),
                score,
                recognizer,
                Explanation.of(Evidence.PATTERN, "test"),
                Optional.empty());
    }

    @Test
    void higherScoreWinsOverLongerSpan() {
        RecognizerResult strong = result(PersonalDataType.PERSON, 5, 10, 0.95, "First");
        RecognizerResult longer = result(PersonalDataType.PERSON, 0, 10, 0.85, "Second");

        assertThat(resolver.resolve(List.of(longer, strong))).containsExactly(strong);
    }

    @Test
    void onEqualScoresTheLongerSpanWins() {
        RecognizerResult shorter = result(PersonalDataType.PERSON, 3, 8, 0.85, "First");
        RecognizerResult longer = result(PersonalDataType.ADDRESS, 0, 16, 0.85, "Second");

        assertThat(resolver.resolve(List.of(shorter, longer))).containsExactly(longer);
    }

    @Test
    void onEqualScoreAndLengthTheRecognizerRegisteredFirstWins() {
        RecognizerResult first = result(PersonalDataType.NHS_NUMBER, 0, 12, 0.8, "First");
        RecognizerResult second = result(PersonalDataType.PHONE, 0, 12, 0.8, "Second");

        assertThat(resolver.resolve(List.of(second, first))).containsExactly(first);
    }

    @Test
    void resultsThatDoNotOverlapAllStayInTextOrder() {
        RecognizerResult later = result(PersonalDataType.PHONE, 20, 30, 0.5, "Second");
        RecognizerResult earlier = result(PersonalDataType.PERSON, 0, 10, 0.9, "First");
        RecognizerResult touching = result(PersonalDataType.EMAIL, 10, 20, 0.7, "First");

        assertThat(resolver.resolve(List.of(later, earlier, touching))).containsExactly(earlier, touching, later);
    }

    @Test
    void sensitiveSentencesDoNotCompeteWithTheSpansInsideThem() {
        RecognizerResult sentence = result(PersonalDataType.SENSITIVE_SENTENCE, 0, 40, 0.5, "Second");
        RecognizerResult name = result(PersonalDataType.PERSON, 0, 4, 0.9, "First");

        assertThat(resolver.resolve(List.of(sentence, name))).containsExactly(name, sentence);
    }
}
