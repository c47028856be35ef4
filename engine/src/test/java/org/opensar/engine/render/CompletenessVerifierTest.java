package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.opensar.engine.render.BundleFixtures.CASE_NOTE;
import static org.opensar.engine.render.BundleFixtures.document;
import static org.opensar.engine.render.BundleFixtures.inMemory;
import static org.opensar.engine.render.BundleFixtures.name;
import static org.opensar.engine.render.BundleFixtures.requestFor;
import static org.opensar.engine.render.BundleFixtures.text;
import static org.opensar.engine.render.BundleFixtures.withRedactions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.extract.WordOcr;

/** Nothing is lost: the bundle holds every word of a disclosed document that no approved redaction covers. */
class CompletenessVerifierTest {

    /** Minutes as Tika gives an HTML page: paragraphs apart by several blank lines (a {@code <br>} between). */
    private static final String MINUTES = "CORE GROUP - RECORD OF MEETING\n\nChair: Rhian Pugh\n\n\n\n"
            + "Welcome and introductions: the chair explained the purpose of the meeting.\n\n\n\n"
            + "Child's view: Jordan wishes that everyone would stop arguing.\n\n\n\n"
            + "Action plan: Michelle to attend the Freedom Programme (by next meeting).\n\n\n\n"
            + "Next meeting: core group in four weeks.";

    private static final String DROPPED = "Child's view: Jordan wishes that everyone would stop arguing.";

    @TempDir
    Path dir;

    @Test
    void paragraphsApartBySeveralBlankLinesAreAllInTheBundleAroundABox() throws Exception {
        BundleRequest request = minutes();

        DisclosureBundleWriter.Outcome outcome =
                new DisclosureBundleWriter(inMemory(Map.of("minutes.html", MINUTES))).write(request, dir);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(outcome.completeness()).singleElement().satisfies(c -> {
            assertThat(c.complete()).isTrue();
            assertThat(c.percent()).isEqualTo("100.0%");
        });
        assertThat(text(outcome.bundle()).replaceAll("\\s+", " "))
                .contains("Welcome and introductions", "wishes that everyone would stop arguing", "TP to attend")
                .doesNotContain("Michelle");
    }

    @Test
    void aRendererThatDropsAParagraphIsRefusedNamingTheDocumentAndTheFirstMissingPassage() throws Exception {
        TextExtractor truth = inMemory(Map.of("minutes.html", MINUTES));
        TextExtractor lossy = inMemory(Map.of("minutes.html", MINUTES.replace(DROPPED, "")));

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(
                        truth, new WordOcr(ExtractionSettings.DEFAULT), cached -> new PdfBundleRenderer(lossy))
                .write(minutes(), dir);

        assertThat(outcome.bundle()).doesNotExist();
        assertThat(outcome.verification().findings())
                .containsExactly("minutes.html is not complete in the bundle (80.3% of its approved words): the first"
                        + " passage missing is \"Child's view: Jordan wishes that everyone would stop arguing."
                        + " Action plan:\"");
        assertThat(Files.readString(outcome.log())).contains("minutes.html,7,completeness,,INCOMPLETE");
    }

    @Test
    void aRendererThatAddsTextIsRefusedToo() throws Exception {
        TextExtractor truth = inMemory(Map.of("minutes.html", MINUTES));
        TextExtractor padded = inMemory(Map.of("minutes.html", MINUTES.replace(DROPPED, DROPPED + " Signed: Ann")));

        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(
                        truth, new WordOcr(ExtractionSettings.DEFAULT), cached -> new PdfBundleRenderer(padded))
                .write(minutes(), dir);

        assertThat(outcome.verification().findings())
                .singleElement()
                .asString()
                .contains("the bundle holds text that was not approved for it, from \"Signed: Ann");
    }

    @Test
    void chineseJapaneseAndKoreanPrintInTheFallbackFontsAndAreComplete() throws Exception {
        assumeTrue(Files.isReadable(Fonts.CJK), "Debian's fonts-droid-fallback is not installed: " + Fonts.CJK);
        assumeTrue(Files.isReadable(Fonts.HANGUL), "Debian's fonts-baekmuk is not installed: " + Fonts.HANGUL);
        String note = "Jordan's grandmother 王秀英 wrote: 東京に行きました. His aunt wrote: 안녕하세요, 줥. Her neighbour helped.";
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(Map.of("note.txt", note)))
                .write(requestFor(document("note.txt", "Case note", CASE_NOTE)), dir);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(text(outcome.bundle())).contains("王秀英", "東京に行きました", "안녕하세요, 줥");
    }

    @Test
    void arabicAndHebrewAreSetRightToLeftAndReadBackInTheOrderWritten() throws Exception {
        String arabic = "مرحبا بكم في المدرسة الجديدة، قالت الجدة إنها سعيدة جدا بزيارة الأطفال يوم السبت";
        String note = "Jordan's uncle wrote in Arabic: " + arabic + " " + arabic + " " + arabic
                + "\nHis neighbour wrote in Hebrew: שלום עולם, מה שלומך היום";
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(Map.of("note.txt", note)))
                .write(requestFor(document("note.txt", "Case note", CASE_NOTE)), dir);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(text(outcome.bundle())).contains("שלום עולם").contains("مرحبا بكم");
    }

    @Test
    void aCharacterTheBundleCannotPrintIsNamedSoTheOfficerKnowsWhyItWouldBeLost() throws Exception {
        String note = "Jordan's aunt wrote in Thai: สวัสดี";
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(Map.of("note.txt", note)))
                .write(requestFor(document("note.txt", "Case note", CASE_NOTE)), dir);

        assertThat(outcome.verification().findings())
                .singleElement()
                .asString()
                .startsWith("note.txt is not complete in the bundle")
                .contains("(its character ส, thai character so sua, is one the bundle's fonts cannot print: disclose"
                        + " this document from the original instead)");
    }

    @Test
    void theTextLayerHasNoLigatureGlyphs() throws Exception {
        String note = "The first office flagged five files; the officer reflected on the efficient workflow.";
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(Map.of("note.txt", note)))
                .write(requestFor(document("note.txt", "Case note", CASE_NOTE)), dir);

        String text = text(outcome.bundle());
        assertThat(text).contains(note).doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04");
    }

    @Test
    void aDocumentWhoseOwnTextHasLigaturesAndInvisibleCharactersIsComplete() throws Exception {
        String note = "Risks identi\uFB01ed by the worker; the plan is to be re\u00ADviewed in su\u200Bmmer.";
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(Map.of("note.txt", note)))
                .write(requestFor(document("note.txt", "Case note", CASE_NOTE)), dir);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(outcome.completeness())
                .singleElement()
                .satisfies(c -> assertThat(c.complete()).isTrue());
    }

    @Test
    void aThirdPartyTheRegisterNamesIsCoveredInWhatTheBundlePrintsThoughNoProposalFoundThem() throws Exception {
        String note = "Jordan talked about the weekend with Marek Pryce and the dog.";
        BundleDocument document = document(
                "note.txt",
                new DocumentMetadata(
                        "Weekend visit", null, LocalDate.of(2019, 3, 4), null, "Phone call from Marek Pryce"),
                CASE_NOTE);
        BundleRequest request = new BundleRequest(
                new CaseDescription(
                        "SAR-1",
                        new DataSubject("Jordan Ellis", List.of(), null),
                        List.of(new Person("Marek Pryce", List.of(), "uncle", PersonCategory.FAMILY)),
                        List.of()),
                List.of(document),
                CoveringLetter.defaults(),
                LocalDate.of(2026, 11, 23));

        DisclosureBundleWriter.Outcome outcome =
                new DisclosureBundleWriter(inMemory(Map.of("note.txt", note))).write(request, dir);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(text(outcome.bundle()).replaceAll("\\s+", " "))
                .contains("Source: Phone call from [TP]", "weekend with TP and the dog")
                .doesNotContain("Marek", "Pryce");
    }

    private static BundleRequest minutes() {
        return requestFor(
                withRedactions(document("minutes.html", "Minutes", CASE_NOTE), List.of(name("Michelle", MINUTES))));
    }
}
