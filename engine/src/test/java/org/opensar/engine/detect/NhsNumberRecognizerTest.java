package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NhsNumberRecognizerTest {

    private final NhsNumberRecognizer recognizer = new NhsNumberRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            NHS number 943 476 5919          | 943 476 5919
            NHS no. 9434765919               | 9434765919
            401-023-2137                     | 401-023-2137
            ref 186 091 3903                 | 186 091 3903
            943 476 5918 (wrong check digit) | NONE
            401 023 2138                     | NONE
            943-476 5919 (mixed separators)  | NONE
            99434765919 (eleven digits)      | NONE
            020 7946 0000                    | NONE
            """)
    void findsNhsNumbersWithValidCheckDigit(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({"9434765919, true", "4010232137, true", "0830166130, true", "9434765918, false", "123456789, false"})
    void checkDigit(String digits, boolean valid) {
        assertThat(NhsNumberRecognizer.checkDigitValid(digits)).isEqualTo(valid);
    }
}
