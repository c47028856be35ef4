package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NinoRecognizerTest {

    private final NinoRecognizer recognizer = new NinoRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            NI number AB123456C           | AB123456C
            NINO: JG 10 37 75 A           | JG 10 37 75 A
            ni PR 12 34 56 D please       | PR 12 34 56 D
            QQ123456C (Q not allowed)     | NONE
            BG123456A (prefix BG banned)  | NONE
            GB123456A                     | NONE
            AO123456A (O second)          | NONE
            DA123456A (D first)           | NONE
            AB123456E (suffix E)          | NONE
            AB12345C                      | NONE
            is NP 43 66\\n98 C; she         | NP 43 66\\n98 C
            NP\\n436698C                      | NP\\n436698C
            NP 43 66\\n\\n98 C                | NONE
            """)
    void findsValidNationalInsuranceNumbers(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text.replace("\\n", "\n")))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.replace("\\n", "\n")));
    }
}
