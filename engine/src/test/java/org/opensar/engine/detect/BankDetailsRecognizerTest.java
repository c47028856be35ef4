package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankDetailsRecognizerTest {

    private final BankDetailsRecognizer recognizer = new BankDetailsRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            sort code 20-45-77                   | 20-45-77
            paid to 40-47-84                     | 40-47-84
            sort code 20 45 77                   | 20 45 77
            account number 12345678              | 12345678
            A/C 87654321                         | 87654321
            visit on 12-03-24                    | NONE
            20 45 77 with no bank words          | NONE
            case number 12345678                 | NONE
            123-45-67                            | NONE
            """)
    void findsSortCodesAndAccounts(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }
}
