package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VehicleRegistrationRecognizerTest {

    private final VehicleRegistrationRecognizer recognizer = new VehicleRegistrationRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            a blue Ford, reg AB12 CDE           | AB12 CDE
            seen in YR68ABC                     | YR68ABC
            his car, registration P123 ABC      | P123 ABC
            drives a van ABC 123D               | ABC 123D
            number plate ABC 123                | ABC 123
            P123 ABC with no vehicle words      | NONE
            ABC 123 without context             | NONE
            Year 10 at school                   | NONE
            care plan 2024 ABC                  | NONE
            registration AB12\\nCDE, for      | AB12\\nCDE
            seen at AB12\\n\\nCDE             | NONE
            """)
    void findsNumberPlates(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text.replace("\\n", "\n")))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.replace("\\n", "\n")));
    }
}
