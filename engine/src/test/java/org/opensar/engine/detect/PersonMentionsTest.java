package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

class PersonMentionsTest {

    private final PersonMentions mentions = new PersonMentions(Cases.kayleigh());

    @Test
    void everyWayOfWritingOnePersonIsTheirs() {
        assertThat(mentions.sameAs("Donna Morris")).containsExactlyInAnyOrder("donna morris", "donna", "morris");
        assertThat(mentions.sameAs("Ms Morris")).isEqualTo(mentions.sameAs("Donna Morris"));
        assertThat(mentions.sameAs("DONNA")).isEqualTo(mentions.sameAs("Donna Morris"));
        assertThat(mentions.sameAs("Gary")).containsExactlyInAnyOrder("gary fletcher", "gary", "fletcher");
    }

    @Test
    void anAliasBringsTheOtherNamesWithIt() {
        PersonMentions withAlias = new PersonMentions(new CaseDescription(
                "SAR-TEST-2",
                new DataSubject("Kayleigh Morris", List.of(), LocalDate.of(2004, 2, 29)),
                List.of(new Person("Donna Morris", List.of("Donna Pryce"), "mother", PersonCategory.FAMILY)),
                List.of()));

        assertThat(withAlias.sameAs("Donna Pryce")).contains("donna morris", "donna pryce", "pryce", "donna");
    }

    @Test
    void aNameTwoPeopleShareIsNeitherOnesAndAnUnlistedNameIsNobodys() {
        PersonMentions twoMorrises = new PersonMentions(new CaseDescription(
                "SAR-TEST-3",
                new DataSubject("Kayleigh Morris", List.of(), LocalDate.of(2004, 2, 29)),
                List.of(
                        new Person("Donna Morris", List.of(), "mother", PersonCategory.FAMILY),
                        new Person("Frank Morris", List.of(), "grandfather", PersonCategory.FAMILY)),
                List.of()));

        assertThat(twoMorrises.sameAs("Morris")).isEmpty();
        assertThat(twoMorrises.sameAs("Frank Morris")).containsExactlyInAnyOrder("frank morris", "frank");
        assertThat(twoMorrises.sameAs("Kayleigh")).isEmpty();
        assertThat(mentions.sameAs("Jon Snow")).isEmpty();
    }

    @Test
    void aWrittenNameIsFoldedWithoutItsTitle() {
        assertThat(PersonMentions.fold("Ms  Donna MORRIS")).isEqualTo("donna morris");
        assertThat(PersonMentions.fold("Dr Shah")).isEqualTo("shah");
        assertThat(PersonMentions.fold("Zoë")).isEqualTo(PersonMentions.fold("zoë"));
    }
}
