package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateOfBirthRecognizerTest {

    private final DateOfBirthRecognizer recognizer = new DateOfBirthRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            DOB: 03/05/2006                          | 03/05/2006
            D.O.B 3.5.06                             | 3.5.06
            date of birth 2006-05-03                 | 2006-05-03
            born on 3rd May 2006                     | 3rd May 2006
            Liam (born 14 February 1999)             | 14 February 1999
            her birthday is March 4, 2001            | March 4, 2001
            visited on 03/05/2006                    | NONE
            spoke to Gary Fletcher (01/02/1980) and  | 01/02/1980
            Priya Mistry (12 March 1981) was there   | 12 March 1981
            Zoë (3.5.06) came round                  | 3.5.06
            the review (03/05/2006) was held         | NONE
            on Monday (03/05/2006) we met            | NONE
            Section 3 (03/05/2006)                   | NONE
            Mr (03/05/2006)                          | NONE
            Gary Fletcher (01/02/1980 to 2006)       | NONE
            Gary Fletcher, (01/02/1980)              | NONE
            review held 3rd May 2024                 | NONE
            DOB 31/02/2006 is not a date             | NONE
            DOB not known. The next home visit is on 03/05/2026 | NONE
            at his sister's birthday.¶16 November 2018 - Text | NONE
            at his birthday.¶¶16/11/2018 visit       | NONE
            Date of birth:¶16/11/2001                | 16/11/2001
            her birthday is¶4 March 2001             | 4 March 2001
            """)
    void findsDatesInBirthContext(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text.replace("¶", "\n")))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }
}
