package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactedTermsTest {

    private static final RedactedTerms TERMS = RedactedTerms.of(
            List.of("José O'Neill", "07700 900123", "Marguerite Okonkwo-Hale", "Jo", "Ann", "Young", "Rose Green"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                        | found
            José O'Neill rang                             | José O'Neill
            JOSE O NEILL rang                             | JOSE O NEILL
            José\\nO'Neill across a line                   | José\\nO'Neill
            ring 07700 900123.                            | 07700 900123
            M arguerite O konkw o-H ale broken            | M arguerite O konkw o-H ale
            José ...... O'Neill: long, so letters alone   | José ...... O'Neill
            Ann came                                      | Ann
            ann came                                      | ann
            # negatives
            José Neill rang                               |
            Joanne planning annual leave                  |
            Jo went                                       |
            Young person: ordinary words stay             |
            Rose Green: ordinary words only               |
            Ann ...... Smith: short words stay apart      | Ann
            O'Neill alone                                 |
            07700 90012 is another number                 |
            """)
    void findsRedactedTextWhereverItIsAndNothingElse(String text, String found) {
        String unescaped = text.replace("\\n", "\n");
        List<String> occurrences = TERMS.find(unescaped).stream()
                .map(o -> unescaped.substring(o.start(), o.end()))
                .toList();

        if (found == null) {
            assertThat(occurrences).isEmpty();
        } else {
            assertThat(occurrences).containsExactly(found.replace("\\n", "\n"));
        }
    }

    @Test
    void inBinaryDataATextIsFoundWordByWordOnlyAndShortOnesNotAtAll() {
        StringBuilder bytes = new StringBuilder();
        "margueriteokonkwohale".chars().forEach(c -> bytes.append((char) c).append("\u0000\u0007"));
        RedactedTerms binary = TERMS.inBinary(5);

        assertThat(TERMS.find(bytes)).isNotEmpty();
        assertThat(binary.find(bytes)).isEmpty();
        assertThat(binary.find("\u0000Marguerite Okonkwo-Hale\u0001").stream().map(RedactedTerms.Occurrence::term))
                .containsExactly("Marguerite Okonkwo-Hale");
        assertThat(binary.find("Jo\u0000Ann")).isEmpty();
    }

    @Test
    void invisibleCharactersAndLigaturesInsideAWordLeaveItOneWord() {
        RedactedTerms terms = RedactedTerms.of(List.of("Marguerite Griffiths"));

        assertThat(terms.find("Seen by Margue\u00ADrite Gri\uFB03ths today").stream()
                        .map(RedactedTerms.Occurrence::start))
                .containsExactly(8);
        assertThat(terms.find("Seen by Mar\u200Bguerite Griffiths today")).hasSize(1);
        assertThat(Words.of("\u200B \u00AD")).isEmpty();
    }

    @Test
    void whiteSpaceBetweenWordsCountsAsOneCharacterOfTheGap() {
        RedactedTerms terms = RedactedTerms.of(List.of("T-cell Ng"));

        assertThat(terms.find("the CD4+ T-\n    cell Ng ratio")).hasSize(1);
        assertThat(terms.find("the CD4+ T- \ncell Ng ratio")).hasSize(1);
        assertThat(terms.find("the CD4+ T--- cell Ng ratio")).isEmpty();
    }
}
