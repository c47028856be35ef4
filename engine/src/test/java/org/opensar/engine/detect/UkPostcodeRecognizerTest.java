package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkPostcodeRecognizerTest {

    private final UkPostcodeRecognizer recognizer = new UkPostcodeRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Leeds LS12 3AB                 | LS12 3AB
            M1 1AE                         | M1 1AE
            B33 8TH.                       | B33 8TH
            CR2 6XH                        | CR2 6XH
            DN55 1PT                       | DN55 1PT
            W1A 0AX                        | W1A 0AX
            EC1A 1BB                       | EC1A 1BB
            SW1A2AA                        | SW1A2AA
            GIR 0AA                        | GIR 0AA
            QA1 1AA has a bad first letter | NONE
            LS12 3CB has a bad inward code | NONE
            ls12 3ab in lower case         | NONE
            AB12 CDE is a number plate     | NONE
            room 12 3AB                    | NONE
            Oakhurst L11\\n8QE.               | L11\\n8QE
            Oakhurst L11\\n\\n8QE.             | NONE
            """)
    void findsPostcodes(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text.replace("\\n", "\n")))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.replace("\\n", "\n")));
    }
}
