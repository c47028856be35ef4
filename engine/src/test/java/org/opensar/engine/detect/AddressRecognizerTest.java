package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRecognizerTest {

    private final AddressRecognizer recognizer = new AddressRecognizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            lives at 14 Acacia Avenue, Leeds           | 14 Acacia Avenue, Leeds
            moved to 12 Pennine Drive, Oakhurst L11 8QE. | 12 Pennine Drive, Oakhurst
            at 23 Copperfield Avenue, Holmbridge WV12 8PF; | 23 Copperfield Avenue, Holmbridge
            at 5 Mill Lane, Stratford-upon-Avon.       | 5 Mill Lane, Stratford-upon-Avon
            at 5 Mill Lane, Burton upon Trent, Staffs  | 5 Mill Lane, Burton upon Trent
            moved to 12 Pennine\\nDrive, Oakhurst.     | 12 Pennine\\nDrive, Oakhurst
            at 14 Acacia Avenue, Leeds with her aunt   | 14 Acacia Avenue
            at 14 Acacia Avenue, and then Leeds        | 14 Acacia Avenue
            at 14 Acacia Avenue, Mum said so           | 14 Acacia Avenue
            moved to 3a Mill Lane last week            | 3a Mill Lane
            Flat 2, 7 Kings Road                       | Flat 2, 7 Kings Road
            12-14 High Street                          | 12-14 High Street
            Flat 3, Kingsway House                     | Flat 3, Kingsway House
            at 221B Baker St.                          | 221B Baker St
            9 Orchard Close                            | 9 Orchard Close
            She has 3 Close friends                    | NONE
            in 2019 Social Care visited                | NONE
            Pathway plan reviewed on 12 March          | NONE
            the Avenue                                 | NONE
            """)
    void findsAddressLines(String text, String expected) {
        assertThat(Recognized.texts(recognizer, text.replace("\\n", "\n")))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.replace("\\n", "\n")));
    }
}
