package org.opensar.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseDescriptionReaderTest {

    private static CaseDescription read(String json) {
        return CaseDescriptionReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "case.json");
    }

    @Test
    void readsEveryField() {
        CaseDescription description = read("""
                {"reference": "SAR-2026-0042",
                 "subject": {"name": "Kayleigh Morris", "aliases": ["Kayleigh Smith"], "dateOfBirth": "2004-02-29"},
                 "people": [{"name": "Donna Morris", "aliases": ["Ms Morris"], "relationship": "mother", "category": "FAMILY"}],
                 "knownToRequester": ["Donna Morris"]}
                """);

        assertThat(description.reference()).isEqualTo("SAR-2026-0042");
        assertThat(description.subject().aliases()).containsExactly("Kayleigh Smith");
        assertThat(description.subject().dateOfBirth()).isEqualTo(LocalDate.of(2004, 2, 29));
        assertThat(description.people())
                .singleElement()
                .satisfies(p -> assertThat(p.category()).isEqualTo(PersonCategory.FAMILY));
        assertThat(description.knownToRequester()).containsExactly("Donna Morris");
    }

    @Test
    void onlyTheSubjectNameIsRequired() {
        CaseDescription description = read("{\"subject\": {\"name\": \"Jordan Ellis\"}}");

        assertThat(description.people()).isEmpty();
        assertThat(description.subject().aliases()).isEmpty();
        assertThat(description.people()).isEmpty();
    }

    @Test
    void personWithoutCategoryIsOther() {
        CaseDescription description = read("{\"subject\": {\"name\": \"A B\"}, \"people\": [{\"name\": \"C D\"}]}");

        assertThat(description.people().get(0).category()).isEqualTo(PersonCategory.OTHER);
    }

    @Test
    void missingSubjectIsAClearError() {
        assertThatThrownBy(() -> read("{\"reference\": \"X\"}"))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("case.json is not a valid case description")
                .hasMessageContaining("subject");
    }

    @Test
    void brokenJsonIsAClearError() {
        assertThatThrownBy(() -> read("{\"subject\": "))
                .isInstanceOf(CaseFileException.class)
                .hasMessageStartingWith("case.json is not a valid case description");
    }

    @Test
    void aFileThatIsNotJsonIsNamedButNeverQuoted() {
        assertThatThrownBy(() -> read("root:$6$secret-hash-of-the-password:19000:0:99999:7:::\nbin:*:19000"))
                .isInstanceOf(CaseFileException.class)
                .hasMessage("case.json is not a valid case description: it is not valid JSON on line 1, column 1")
                .message()
                .doesNotContain("root", "secret", "bin");
    }

    @Test
    void aWrongValueIsPlacedButNotQuoted() {
        assertThatThrownBy(() -> read("{\"subject\": {\"name\": \"A B\", \"dateOfBirth\": \"private-value\"}}"))
                .isInstanceOf(CaseFileException.class)
                .message()
                .contains("subject.dateOfBirth")
                .doesNotContain("private-value");
    }
}
