package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoveringLetterTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsSayEverythingArticle15AsksFor() {
        CoveringLetter letter = CoveringLetter.defaults();

        assertThat(letter.purposes()).contains("support");
        assertThat(letter.categories()).contains("date of birth");
        assertThat(letter.recipients()).contains("without consent");
        assertThat(letter.retention()).contains("kept");
        assertThat(letter.sources()).contains("professionals");
        assertThat(letter.rights()).contains("rectification", "erasure", "restriction", "objection");
        assertThat(letter.complaint()).contains("Information Commissioner");
        assertThat(letter.contact()).contains("infogov@coventry.gov.uk");
    }

    @Test
    void aCouncilsFileReplacesOnlyTheFieldsItGives() throws Exception {
        Path file = Files.writeString(dir.resolve("letter.json"), """
                {"council": "Example Borough Council", "contact": "Data Protection Officer, dpo@example.gov.uk",
                 "retention": ""}""");

        CoveringLetter letter = CoveringLetter.read(file);

        assertThat(letter.council()).isEqualTo("Example Borough Council");
        assertThat(letter.contact()).isEqualTo("Data Protection Officer, dpo@example.gov.uk");
        assertThat(letter.retention()).isEqualTo(CoveringLetter.defaults().retention());
        assertThat(letter.rights()).isEqualTo(CoveringLetter.defaults().rights());
    }
}
