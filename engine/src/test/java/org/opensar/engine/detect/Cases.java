package org.opensar.engine.detect;

import java.time.LocalDate;
import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

/** A synthetic case shared by the detection tests: Kayleigh Morris, her mother, staff and others. */
final class Cases {

    private Cases() {}

    static CaseDescription kayleigh() {
        return new CaseDescription(
                "SAR-TEST-1",
                new DataSubject("Kayleigh Morris", List.of("Kayleigh Smith"), LocalDate.of(2004, 2, 29)),
                List.of(
                        new Person("Donna Morris", List.of("Ms Morris"), "mother", PersonCategory.FAMILY),
                        new Person("Sarah Okafor", List.of(), "social worker", PersonCategory.COUNCIL_STAFF),
                        new Person("Priya Shah", List.of(), "psychologist", PersonCategory.EXTERNAL_PROFESSIONAL),
                        new Person("Gary Fletcher", List.of(), "mother's partner", PersonCategory.FAMILY),
                        new Person("Zoë Hart", List.of(), "friend", PersonCategory.OTHER),
                        new Person("Hope Adeyemi", List.of(), "neighbour", PersonCategory.OTHER)),
                List.of("Gary Fletcher"));
    }
}
