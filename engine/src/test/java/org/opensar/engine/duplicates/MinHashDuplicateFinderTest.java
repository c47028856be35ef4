package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.DocumentFixtures;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;

class MinHashDuplicateFinderTest {

    private static final String NOTE = """
            Case Note 12 March 2019. I visited Jordan at the placement after school. Jordan showed me the
            drawings from art club and said the new teacher is kind. We talked about contact with Mum next
            week and Jordan asked whether Nan could come too. Jordan was seen alone in the bedroom, which is
            tidy and personalised. Jordan says sleep is better since the night light was fitted. Next visit
            in four weeks; I will ask the carer about swimming lessons.""";

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final MinHashDuplicateFinder finder = new MinHashDuplicateFinder(DuplicateSettings.DEFAULT);

    @TempDir
    Path tmp;

    private DocumentFingerprint print(String file, String text) {
        return fingerprinter.fingerprint(
                new ExtractedDocument(file, List.of(text), Map.of(), ExtractionOutcome.EXTRACTED, ""));
    }

    private List<List<String>> groups(List<DocumentFingerprint> fingerprints) {
        return finder.find(fingerprints).stream()
                .map(g -> g.members().stream().map(DuplicateGroup.Member::file).toList())
                .toList();
    }

    @Test
    void exactCopiesAreOneGroup() {
        assertThat(groups(List.of(print("a", NOTE), print("b", "Something else entirely"), print("c", NOTE))))
                .containsExactly(List.of("a", "c"));
    }

    @Test
    void reflowedLineBreaksAndSpacingDoNotMatter() {
        String reflowed = NOTE.replace("\n", " ").replace(". ", ".\n\n  ");

        assertThat(groups(List.of(print("a", NOTE), print("b", reflowed)))).containsExactly(List.of("a", "b"));
    }

    @Test
    void aPrintHeaderAndFooterAddedIsStillADuplicate() {
        String printed = "Printed by jsmith on 14/06/2021 09:12 - OFFICIAL SENSITIVE\n" + NOTE
                + "\nPage 1 of 1 - Liquid Recording System";

        List<DuplicateGroup> found = finder.find(List.of(print("a", NOTE), print("b", printed)));

        assertThat(found)
                .singleElement()
                .satisfies(g -> assertThat(g.members())
                        .extracting(DuplicateGroup.Member::similarity)
                        .allMatch(s -> s >= 0.75 && s < 1.0));
    }

    @Test
    void theSameNoteAsPdfAndDocxIsADuplicate() throws IOException {
        TikaTextExtractor extractor = new TikaTextExtractor(ExtractionSettings.DEFAULT.withOcrCommand("no-ocr"));
        List<DocumentFingerprint> fingerprints = new ArrayList<>();
        for (String name : List.of("note.pdf", "note.docx")) {
            byte[] content = name.endsWith(".pdf") ? DocumentFixtures.pdf(List.of(NOTE)) : DocumentFixtures.docx(NOTE);
            Path path = Files.write(tmp.resolve(name), content);
            fingerprints.add(fingerprinter.fingerprint(extractor.extract(
                    new CaseDocument("documents/" + name, path, content.length, DocumentMetadata.NONE))));
        }

        assertThat(groups(fingerprints)).containsExactly(List.of("documents/note.pdf", "documents/note.docx"));
    }

    @Test
    void documentsOnTheSameFormThatSayDifferentThingsAreNotDuplicatesButARealCopyIs() {
        String template = """
                Foster Carer Weekly Report. Name of young person. Name of carer. Week commencing.
                Health and wellbeing this week including appointments attended and any concerns raised.
                Education including attendance, behaviour, achievements and any contact from school.
                Family time and contact arrangements and how the young person presented before and after.
                Any incidents, accidents or missing episodes and the action the carer took.
                """;
        Random random = new Random(42);
        String[] vocabulary =
                "football drawing dentist maths spelling cousin park bike cinema homework swimming".split(" ");
        List<DocumentFingerprint> forms = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            StringBuilder answer = new StringBuilder();
            for (int w = 0; w < 5; w++) {
                answer.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            texts.add(template + answer + " week " + i);
            forms.add(print("form" + i, texts.get(i)));
        }
        forms.add(print("form3-resaved", texts.get(3).replace("\n", " ")));
        MinHashDuplicateFinder withoutTemplateRemoval =
                new MinHashDuplicateFinder(new DuplicateSettings(0.75, Integer.MAX_VALUE, 5));

        assertThat(groups(forms)).containsExactly(List.of("form3", "form3-resaved"));
        assertThat(withoutTemplateRemoval.find(forms))
                .singleElement()
                .satisfies(g -> assertThat(g.members()).hasSizeGreaterThan(2));
    }

    @Test
    void shortDocumentsAreOnlyExactDuplicates() {
        assertThat(groups(List.of(print("a", "No issues."), print("b", "No issues today."))))
                .isEmpty();
        assertThat(groups(List.of(print("a", "No issues."), print("b", "No  issues"))))
                .hasSize(1);
    }

    @Test
    void findsThePlantedCopiesAmongTenThousandDocuments() {
        Random random = new Random(11);
        List<DocumentFingerprint> fingerprints = new ArrayList<>();
        List<String> planted = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append("w").append(random.nextInt(5_000)).append(' ');
            }
            fingerprints.add(print("doc" + i, text.toString()));
            if (i % 1_000 == 0) {
                fingerprints.add(print("doc" + i + "-printed", "Printed by user on 01/01/2020 " + text));
                planted.add("doc" + i);
            }
        }

        List<List<String>> found = groups(fingerprints);

        assertThat(found).hasSize(planted.size());
        assertThat(found).allSatisfy(g -> assertThat(g).hasSize(2));
        assertThat(found.stream().map(g -> g.get(0)).toList()).containsExactlyInAnyOrderElementsOf(planted);
    }

    @Test
    void aPrintStampOrPrintedEmailHeaderMakesNoDifference() {
        String printed = "Printed by A Clerk on 04/05/2021 09:30\n" + NOTE;
        String email = "From: A <a@example.org>\nTo: B <b@example.org>\nSubject: Note\n\n" + NOTE;

        assertThat(groups(List.of(print("a", NOTE), print("b", printed), print("c", email))))
                .containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void theSameFormFilledInOnAnotherDayIsNotACopy() {
        String later = NOTE.replace("12 March 2019", "9 April 2019").replace("four weeks", "three weeks");
        String reflowed = NOTE.replace("\n", " ");

        assertThat(groups(List.of(print("a", NOTE), print("b", later), print("c", reflowed))))
                .containsExactly(List.of("a", "c"));
    }
}
