package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailRecognizerTest {

    private final EmailRecognizer recognizer = new EmailRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            email donna.morris@example.com today     | donna.morris@example.com
            <j_o'neil+sar@mail.example.co.uk>         | j_o'neil+sar@mail.example.co.uk
            Contact: SW.Team@council.example.gov.uk.  | SW.Team@council.example.gov.uk
            met @ the cafe                            | NONE
            twitter @donna_m                          | NONE
            donna.morris@localhost                    | NONE
            """)
    void findsEmailAddresses(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }
}
