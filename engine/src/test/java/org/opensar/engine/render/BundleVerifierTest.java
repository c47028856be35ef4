package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.WordOcr;

class BundleVerifierTest {

    private static final String SECRET = "Marguerite Okonkwo-Hale";
    private static final RedactedTerms TERMS = RedactedTerms.of(List.of(SECRET));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(HostilePdf.class)
    void catchesTextLeftInEveryHidingPlace(HostilePdf hostile) throws Exception {
        Path pdf = Files.write(dir.resolve(hostile + ".pdf"), hostile.build("Visit to the flat.", SECRET));

        Verification result = new BundleVerifier().verify(pdf, TERMS, List.of());

        assertThat(result.clean()).as(hostile.name()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "STRUCTURE_ALT_TEXT, the structure tree",
        "MARKED_CONTENT_ACTUAL_TEXT, the marked-content properties of page 1"
    })
    void readsWhatAScreenReaderWouldSay(HostilePdf hostile, String where) throws Exception {
        Path pdf = Files.write(dir.resolve(hostile + ".pdf"), hostile.build("Visit to the flat.", SECRET));

        assertThat(new BundleVerifier().verify(pdf, TERMS, List.of()).findings())
                .contains("redacted text \"" + SECRET + "\" is in " + where);
    }

    @Test
    void readsTheTextOfAPictureAsItIsSeen() throws Exception {
        assumeTrue(new WordOcr(ExtractionSettings.DEFAULT).available(), "tesseract is not on the PATH");
        Path pdf = Files.write(dir.resolve("picture.pdf"), HostilePdf.PICTURE_OF_TEXT.build("Visit.", SECRET));

        assertThat(new BundleVerifier().verify(pdf, TERMS, List.of()).findings())
                .containsExactly("redacted text \"" + SECRET + "\" is in the image on page 1");
    }

    @Test
    void readsAPictureWhereverItIsDrawnFrom() throws Exception {
        assumeTrue(new WordOcr(ExtractionSettings.DEFAULT).available(), "tesseract is not on the PATH");
        Path pdf = Files.write(dir.resolve("form.pdf"), HostilePdf.PICTURE_IN_FORM.build("Visit.", SECRET));

        assertThat(new BundleVerifier().verify(pdf, TERMS, List.of()).findings())
                .singleElement()
                .asString()
                .startsWith("redacted text \"" + SECRET + "\" is in the image in object ");
    }

    @Test
    void passesAPdfWithNothingRedactedInIt() throws Exception {
        Path pdf = Files.write(dir.resolve("clean.pdf"), HostilePdf.plain(List.of("Visit to the flat.")));

        assertThat(new BundleVerifier().verify(pdf, TERMS, List.of()).findings())
                .isEmpty();
    }

    @Test
    void catchesAWithheldDocumentCopiedIntoTheBundle() throws Exception {
        String letter = "The consultant paediatrician examined the child on the ward and recorded bruising to the"
                + " left forearm consistent with the account given by the nursery staff at the time";
        Path pdf = Files.write(dir.resolve("leak.pdf"), HostilePdf.plain(List.of(letter)));
        WithheldText withheld = WithheldText.of("documents/nhs-letter.pdf", letter);

        Verification result = new BundleVerifier().verify(pdf, RedactedTerms.of(List.of()), List.of(withheld));

        assertThat(result.findings()).singleElement().asString().contains("documents/nhs-letter.pdf");
    }

    @Test
    void aSharedPhraseAloneIsNotAWithheldDocument() throws Exception {
        String letter = "Coventry City Council Children's Services Information Governance Team One Friargate"
                + " Coventry. The psychologist met the young person three times over the summer and found no"
                + " evidence of any learning difficulty that would need support from the school";
        Path pdf = Files.write(
                dir.resolve("shared.pdf"),
                HostilePdf.plain(List.of("Coventry City Council Children's Services Information Governance Team")));

        Verification result = new BundleVerifier()
                .verify(pdf, RedactedTerms.of(List.of()), List.of(WithheldText.of("documents/psych.pdf", letter)));

        assertThat(result.clean()).isTrue();
    }
}
