package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

class EmailOwnersTest {

    private final EmailOwners owners = EmailOwners.forCase(new CaseDescription(
            "SAR-TEST-2",
            new DataSubject("Kayleigh Morris", List.of("Kayleigh Smith"), null),
            List.of(
                    new Person("Kelly Morris", List.of("Ms Morris"), "sister", PersonCategory.FAMILY),
                    new Person("Sarah Okafor", List.of(), "social worker", PersonCategory.COUNCIL_STAFF),
                    new Person("Dr Priya Shah", List.of(), "psychologist", PersonCategory.EXTERNAL_PROFESSIONAL),
                    new Person("Sam Okafor", List.of(), "neighbour", PersonCategory.OTHER)),
            List.of()));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kayleigh.morris@example.org  | DATA_SUBJECT_DETAILS
            KayleighMorris99@example.org | DATA_SUBJECT_DETAILS
            ksmith@example.org           | DATA_SUBJECT_DETAILS
            morrisk@example.org          | NOBODY
            kmorris@example.org          | NOBODY
            kelly.morris@example.org     | NOBODY
            sarah.okafor@example.gov.uk  | COUNCIL_STAFF_IN_ROLE
            sokafor@example.gov.uk       | NOBODY
            pshah@example.nhs.uk         | PROFESSIONAL_IN_ROLE
            kayleigh@example.org         | NOBODY
            info@example.org             | NOBODY
            """)
    void findsWhoseNameAnAddressIs(String email, String expected) {
        assertThat(owners.owner(email).map(Enum::name).orElse("NOBODY")).isEqualTo(expected);
    }
}
