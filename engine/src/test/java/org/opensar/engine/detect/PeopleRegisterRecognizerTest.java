package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleRegisterRecognizerTest {

    private final PeopleRegisterRecognizer recognizer = new PeopleRegisterRecognizer(Cases.kayleigh());

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Donna Morris visited.          | Donna Morris   | Donna Morris
            DONNA MORRIS VISITED.          | DONNA MORRIS   | Donna Morris
            We met at Donna's flat.        | Donna          | Donna Morris
            Ms Morris said no.             | Ms Morris      | Donna Morris
            Kayleigh said yes.             | Kayleigh       | Kayleigh Morris
            Kayleigh Smith is her old name | Kayleigh Smith | Kayleigh Morris
            Zoe came round.                | Zoe            | Zoë Hart
            ZOË HART came round.           | ZOË HART       | Zoë Hart
            We spoke to Donma today.       | Donma          | Donna Morris
            Spoke to Kayleigth.            | Kayleigth      | Kayleigh Morris
            Hope said she heard shouting.  | Hope           | Hope Adeyemi
            Her neighbour Hope Adeyemi.    | Hope Adeyemi   | Hope Adeyemi
            Sarah Okafor visited.          | Sarah Okafor   | Sarah Okafor
            we hope so.                    | NONE           | NONE
            Hope of a place is fading.     | NONE           | NONE
            Liam Morris was arrested.      | NONE           | NONE
            Donald came.                   | NONE           | NONE
            The Morrisons shop.            | NONE           | NONE
            """)
    void findsPeopleFromTheCaseDescription(String text, String expected, String person) {
        List<RecognizerResult> results = recognizer.recognize(TokenizedText.of(text));
        if (expected == null) {
            assertThat(results).isEmpty();
            return;
        }
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(expected);
            assertThat(r.person()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(person));
        });
    }

    @Test
    void followsANameAcrossALineBreak() {
        assertThat(Recognized.texts(recognizer, "we spoke to Donna\nMorris about it"))
                .containsExactly("Donna\nMorris");
    }
}
