package org.opensar.engine.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opensar.engine.casefile.PersonCategory;

class CastFactoryTest {

    @Test
    void everyPersonHasTheirOwnNameAndOnlyTheFamilySharesItsSurnames() {
        for (long seed = 0; seed < 300; seed++) {
            Cast cast = new CastFactory(seed).create();
            List<CastMember> everyone = new ArrayList<>(cast.members().values());
            everyone.add(cast.subject());
            assertThat(everyone.stream().map(CastMember::fullName))
                    .as("seed %d", seed)
                    .doesNotHaveDuplicates();
            Set<String> familySurnames = everyone.stream()
                    .filter(m -> m == cast.subject() || m.category() == PersonCategory.FAMILY)
                    .map(CastMember::surname)
                    .collect(Collectors.toSet());
            assertThat(everyone)
                    .filteredOn(m -> m != cast.subject() && m.category() != PersonCategory.FAMILY)
                    .extracting(CastMember::surname)
                    .as("seed %d", seed)
                    .doesNotContainAnyElementsOf(familySurnames);
        }
    }

    @Test
    void nobodyElseCarriesTheNameTheSubjectIsAlsoKnownBy() {
        for (long seed = 0; seed < 1000; seed++) {
            Cast cast = new CastFactory(seed).create();
            List<String> names =
                    cast.members().values().stream().map(CastMember::fullName).toList();
            for (String alias : cast.subjectAliases()) {
                assertThat(names).as("seed %d", seed).doesNotContain(alias);
            }
        }
    }

    @Test
    void castsDrawOnManyHeritagesAndOnNamesThatAreWords() {
        Set<String> givenNames = new java.util.HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            new CastFactory(seed).create().members().values().forEach(m -> givenNames.add(m.givenName()));
        }
        assertThat(givenNames).contains("Hope", "Will", "Grace").containsAnyOf("Zoë", "Siân", "Łukasz", "Róisín");
    }

    @Test
    void carersDoNotShareTheSubjectsBirthday() {
        Cast cast = new CastFactory(8).create();

        assertThat(cast.member("carer").dateOfBirth())
                .isBefore(cast.subject().dateOfBirth().minusYears(20));
        assertThat(cast.member("carer2").surname())
                .isEqualTo(cast.member("carer").surname());
    }
}
