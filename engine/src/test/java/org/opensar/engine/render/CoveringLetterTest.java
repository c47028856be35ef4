package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoveringLetterTest {

    /** The ICO's own helpline, which every letter gives on purpose. */
    private static final String ICO_HELPLINE = "0303 123 1113";

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
        assertThat(letter.complaint()).contains("Information Commissioner", ICO_HELPLINE);
        assertThat(letter.signature().name()).isNotBlank();
        assertThat(letter.signature().role()).isNotBlank();
    }

    @Test
    void theDefaultsAreANeutralExampleCouncilThatReachesNobody() {
        CoveringLetter letter = CoveringLetter.defaults();
        String all = String.join(" ", letter.council(), letter.contact(), letter.support(), letter.retention());

        assertThat(letter.council()).isEqualTo("Example Council");
        List<String> emails = all(Pattern.compile("[\\w.+-]+@[\\w.-]+\\w"), all);
        assertThat(emails).isNotEmpty().allSatisfy(email -> assertThat(email).endsWith(".example"));
        List<String> phones = all(Pattern.compile("\\b0\\d{3} ?\\d{3} ?\\d{3,4}\\b"), all + " " + letter.complaint());
        assertThat(phones)
                .as("Ofcom's numbers for drama (01632 960xxx), besides the ICO's helpline")
                .isNotEmpty()
                .allSatisfy(phone -> assertThat(phone).matches("01632 960\\d{3}|" + ICO_HELPLINE));
    }

    @Test
    void aCouncilsFileReplacesOnlyTheFieldsItGives() throws Exception {
        Path file = Files.writeString(dir.resolve("letter.json"), """
                {"council": "Example Borough Council", "contact": "Data Protection Officer, dpo@example.gov.uk",
                 "retention": "", "signature": {"name": "Sam Signer"}}""");

        CoveringLetter letter = CoveringLetter.read(file);

        assertThat(letter.council()).isEqualTo("Example Borough Council");
        assertThat(letter.contact()).isEqualTo("Data Protection Officer, dpo@example.gov.uk");
        assertThat(letter.retention()).isEqualTo(CoveringLetter.defaults().retention());
        assertThat(letter.rights()).isEqualTo(CoveringLetter.defaults().rights());
        assertThat(letter.signature())
                .isEqualTo(new CoveringLetter.Signature(
                        "Sam Signer", CoveringLetter.defaults().signature().role()));
    }

    @Test
    void theServerPutsInTheCouncilsOwnDetailsAndSignature() {
        CoveringLetter letter = CoveringLetter.defaults()
                .forCouncil(
                        "Testshire Council",
                        "IG team, ig@testshire.example",
                        new CoveringLetter.Signature("Pat Signer", "Data Protection Officer"));

        assertThat(letter.council()).isEqualTo("Testshire Council");
        assertThat(letter.contact()).isEqualTo("IG team, ig@testshire.example");
        assertThat(letter.support()).isEqualTo(CoveringLetter.defaults().support());
        assertThat(letter.signature().role()).isEqualTo("Data Protection Officer");
        assertThat(letter.rights()).isEqualTo(CoveringLetter.defaults().rights());
    }

    @Test
    void theLetterInTheBundleEndsWithItsSignature() throws Exception {
        CoveringLetter letter = CoveringLetter.defaults()
                .forCouncil(
                        "Testshire Council",
                        "IG team, ig@testshire.example",
                        new CoveringLetter.Signature("Pat Signer", "Data Protection Officer"));

        Path bundle = NothingHeld.bundle(dir, letter);

        try (PDDocument pdf = Loader.loadPDF(bundle.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("A copy of the personal information Testshire Council holds about you")
                    .contains("Contact us IG team, ig@testshire.example Yours sincerely, Pat Signer"
                            + " Data Protection Officer, Testshire Council");
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
