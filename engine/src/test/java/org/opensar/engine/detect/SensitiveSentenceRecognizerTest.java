package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensitiveSentenceRecognizerTest {

    private final SensitiveSentenceRecognizer recognizer =
            new SensitiveSentenceRecognizer(NameWords.ofSubject(Cases.kayleigh()));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Kayleigh is well. Mum has been drinking heavily again. | Mum has been drinking heavily again.
            Her brother was arrested last week.                    | Her brother was arrested last week.
            Gary Fletcher was sent to prison                       | Gary Fletcher was sent to prison
            Dad has been diagnosed with cancer!                    | Dad has been diagnosed with cancer!
            There was domestic abuse between Donna and Gary.       | There was domestic abuse between Donna and Gary.
            Kayleigh was diagnosed with anxiety.                   | NONE
            Mum came to the review.                                | NONE
            The weather was awful and the bus was late.            | NONE
            """)
    void flagsSentencesAboutAThirdPartysSensitiveMatters(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }
}
