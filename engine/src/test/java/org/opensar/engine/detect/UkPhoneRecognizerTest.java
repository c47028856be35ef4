package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkPhoneRecognizerTest {

    private final UkPhoneRecognizer recognizer = new UkPhoneRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Mobile 07700 900123 today          | 07700 900123
            call 07700900123.                  | 07700900123
            ring +44 7700 900123               | +44 7700 900123
            +447700900123                      | +447700900123
            0044 7700 900 123 is hers          | 0044 7700 900 123
            tel (0161) 496 0000                | (0161) 496 0000
            office 0113 496 0000 ext 4         | 0113 496 0000
            landline 020 7946 0000             | 020 7946 0000
            +44 (0)20 7946 0000                | +44 (0)20 7946 0000
            01632 960 123                      | 01632 960 123
            0808 157 0192 helpline             | 0808 157 0192
            0161-496-0000                      | 0161-496-0000
            her mobile (07700 900123           | 07700 900123
            (07700 900123, her mobile)         | 07700 900123
            call (07700 900123)                | 07700 900123
            office (0121) 496 0000 today       | (0121) 496 0000
            ((0121) 496 0000)                  | (0121) 496 0000
            (+44 7700 900123)                  | +44 7700 900123
            Case ref 2024 0001 2345            | NONE
            06123 456789 is not a UK range     | NONE
            NHS 943 476 5919                   | NONE
            0770 090                           | NONE
            sort code 12-34-56                 | NONE
            +33 1 42 68 53 00 in Paris         | NONE
            """)
    void findsUkNumbers(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text))
                .containsExactlyElementsOf(expected == null ? java.util.List.of() : java.util.List.of(expected));
    }
}
