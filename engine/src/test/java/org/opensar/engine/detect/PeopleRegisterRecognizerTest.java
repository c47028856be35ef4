package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Jia Hui visited Kwame.         | Jia Hui
            Jia Hui Liu visited Kwame.     | Jia Hui Liu
            Ms Liu visited Kwame.          | Ms Liu
            Jia Chen visited Kwame.        | NONE
            Mary Ann came round.           | NONE
            """)
    void findsAllTheGivenNamesOfALongerName(String text, String expected) {
        PeopleRegisterRecognizer withLongerNames = new PeopleRegisterRecognizer(new CaseDescription(
                "SAR-TEST-3",
                new DataSubject("Kwame Okonkwo", List.of(), null),
                List.of(new Person("Jia Hui Liu", List.of("Ms Liu"), "social worker", PersonCategory.COUNCIL_STAFF)),
                List.of()));
        assertThat(Recognized.texts(withLongerNames, text).stream()
                        .filter(found -> !found.equals("Kwame"))
                        .toList())
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void followsANameAcrossALineBreak() {
        assertThat(Recognized.texts(recognizer, "we spoke to Donna\nMorris about it"))
                .containsExactly("Donna\nMorris");
    }

    /** A sister Hope, a GP Dr Hope; a mother the requester named and a grandmother, both listed as "Ms Thompson". */
    private final PeopleRegisterRecognizer sharedNames = new PeopleRegisterRecognizer(new CaseDescription(
            "SAR-TEST-5",
            new DataSubject("Leon Thompson", List.of(), null),
            List.of(
                    new Person("Janelle Thompson", List.of("Ms Thompson"), "mother", PersonCategory.FAMILY),
                    new Person("Hope Thompson", List.of("Miss Thompson"), "sister", PersonCategory.FAMILY),
                    new Person("Shanice Thompson", List.of("Ms Thompson"), "grandmother", PersonCategory.FAMILY),
                    new Person(
                            "Darren Hope",
                            List.of("Dr Hope"),
                            "general practitioner",
                            PersonCategory.EXTERNAL_PROFESSIONAL)),
            List.of("Janelle Thompson")));

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Can I see Hope at Christmas?      | Hope        | Hope Thompson
            Leon saw Dr Hope about his ear.   | Dr Hope     | Darren Hope
            Leon stayed with Ms Thompson.     | Ms Thompson | Shanice Thompson
            Leon stayed with Janelle.         | Janelle     | Janelle Thompson
            """)
    void aNameTwoPeopleShareGoesToTheOneWhoseNameMustGo(String text, String expected, String person) {
        assertThat(sharedNames.recognize(TokenizedText.of(text)))
                .filteredOn(r -> r.person().filter(KnownPerson::dataSubject).isEmpty())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.text()).isEqualTo(expected);
                    assertThat(r.person())
                            .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(person));
                });
    }

    @Test
    void aFirstNameSharedByARelativeTheRequesterNamedAndOneTheyDidNotIsTakenForTheOneWhoseNameMustGo() {
        PeopleRegisterRecognizer twoRoisins = new PeopleRegisterRecognizer(new CaseDescription(
                "SAR-TEST-7",
                new DataSubject("Eoin O'Connor", List.of(), null),
                List.of(
                        new Person("Róisín O'Connor", List.of(), "mother", PersonCategory.FAMILY),
                        new Person("Róisín Brennan", List.of(), "maternal grandmother", PersonCategory.FAMILY)),
                List.of("Róisín O'Connor")));

        assertThat(twoRoisins.recognize(TokenizedText.of("If he goes missing Róisín rings the police.")))
                .singleElement()
                .satisfies(r -> assertThat(r.person().map(KnownPerson::name)).contains("Róisín Brennan"));
    }

    @Test
    void aNameThatIsAlsoAWordStartsASentenceAsANameOnceTheTextUsesItAsOne() {
        PeopleRegisterRecognizer wen = new PeopleRegisterRecognizer(new CaseDescription(
                "SAR-TEST-8",
                new DataSubject("Ming Chen", List.of(), null),
                List.of(new Person("Wen Wang", List.of(), "maternal grandmother", PersonCategory.FAMILY)),
                List.of()));

        assertThat(wen.recognize(TokenizedText.of("I watched Ming and Wen at tea. Wen grew up in care.")))
                .filteredOn(r -> r.person().filter(KnownPerson::dataSubject).isEmpty())
                .extracting(RecognizerResult::text)
                .containsExactly("Wen", "Wen");
        assertThat(wen.recognize(TokenizedText.of("Wen grew up in care."))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Carers: Lowri Young / lwan Young  | lwan Young
            Staff on shift: Lowri, wan Key    | wan
            Lowri and wan came.               | wan
            He looked wan and tired.          | NONE
            Iwan Young collected him.         | Iwan Young
            He felt low and tired.            | NONE
            """)
    void aCapitalIThatOcrReadAsASmallLIsStillTheName(String text, String expected) {
        PeopleRegisterRecognizer carers = new PeopleRegisterRecognizer(new CaseDescription(
                "SAR-TEST-6",
                new DataSubject("Jordan Ellis", List.of(), null),
                List.of(
                        new Person("Lowri Young", List.of(), "foster carer", PersonCategory.CARER),
                        new Person("Iwan Young", List.of(), "foster carer", PersonCategory.CARER)),
                List.of()));
        List<String> found = carers.recognize(TokenizedText.of(text)).stream()
                .filter(r -> r.person().map(p -> p.name().equals("Iwan Young")).orElse(false))
                .map(RecognizerResult::text)
                .toList();
        if (expected == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).contains(expected);
        }
    }
}
