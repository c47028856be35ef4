package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.DocumentFixtures;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.MessageFields;
import org.opensar.engine.extract.TikaTextExtractor;

class AligningDuplicateFinderTest {

    private static final String NOTE = """
            Case Note 12 March 2019. I visited Jordan at the placement after school. Jordan showed me the
            drawings from art club and said the new teacher is kind. We talked about contact with Mum next
            week and Jordan asked whether Nan could come too. Jordan was seen alone in the bedroom, which is
            tidy and personalised. Jordan says sleep is better since the night light was fitted. Next visit
            in four weeks; I will ask the carer about swimming lessons.""";

    private static final String ANOTHER_NOTE = """
            Review meeting 2 May 2019. Present: the independent reviewing officer, the carer and the social
            worker. Jordan joined for the second half and spoke about wanting to stay at the school. The plan
            for contact was agreed without change and the next review will be in six months.""";

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final AligningDuplicateFinder finder = new AligningDuplicateFinder(DuplicateSettings.DEFAULT);
    private final Map<String, String> texts = new HashMap<>();

    @TempDir
    Path tmp;

    private DocumentFingerprint print(String file, String text) {
        return print(file, text, Map.of());
    }

    private DocumentFingerprint print(String file, String text, Map<String, String> metadata) {
        texts.put(file, text);
        return fingerprinter.fingerprint(
                new ExtractedDocument(file, List.of(text), metadata, ExtractionOutcome.EXTRACTED, ""));
    }

    /** Each relation as "a = b" (copies) or "a < b" (a inside b). */
    private List<String> relations(List<DocumentFingerprint> fingerprints) {
        return finder.find(fingerprints, file -> Optional.ofNullable(texts.get(file))).stream()
                .map(r -> r.first() + (r.kind() == CopyRelation.Kind.SAME ? " = " : " < ") + r.second())
                .toList();
    }

    @Test
    void exactCopiesAreCopies() {
        assertThat(relations(List.of(print("a", NOTE), print("b", "Something else entirely"), print("c", NOTE))))
                .containsExactly("a = c");
    }

    @Test
    void reflowedLineBreaksAndSpacingDoNotMatter() {
        String reflowed = NOTE.replace("\n", " ").replace(". ", ".\n\n  ");

        assertThat(relations(List.of(print("a", NOTE), print("b", reflowed)))).containsExactly("a = b");
    }

    @Test
    void aPrintHeaderAndFooterAddedIsStillACopy() {
        String printed = "Printed by jsmith on 14/06/2021 09:12 - OFFICIAL SENSITIVE\n" + NOTE
                + "\nPage 1 of 1 - Liquid Recording System";

        assertThat(relations(List.of(print("a", NOTE), print("b", printed)))).containsExactly("a = b");
    }

    @Test
    void theSameNoteAsPdfAndDocxIsACopy() throws IOException {
        TikaTextExtractor extractor = new TikaTextExtractor(ExtractionSettings.DEFAULT.withOcrCommand("no-ocr"));
        List<DocumentFingerprint> fingerprints = new ArrayList<>();
        for (String name : List.of("note.pdf", "note.docx")) {
            byte[] content = name.endsWith(".pdf") ? DocumentFixtures.pdf(List.of(NOTE)) : DocumentFixtures.docx(NOTE);
            Path path = Files.write(tmp.resolve(name), content);
            ExtractedDocument extracted = extractor.extract(
                    new CaseDocument("documents/" + name, path, content.length, DocumentMetadata.NONE));
            texts.put(extracted.file(), extracted.fullText());
            fingerprints.add(fingerprinter.fingerprint(extracted));
        }

        assertThat(relations(fingerprints)).containsExactly("documents/note.pdf = documents/note.docx");
    }

    @Test
    void documentsOnTheSameFormThatSayDifferentThingsAreNotCopiesButARealCopyIs() {
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
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            StringBuilder answer = new StringBuilder();
            for (int w = 0; w < 5; w++) {
                answer.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            filled.add(template + answer + " week " + i);
            forms.add(print("form" + i, filled.get(i)));
        }
        forms.add(print("form3-resaved", filled.get(3).replace("\n", " ")));
        AligningDuplicateFinder pairingEveryForm =
                new AligningDuplicateFinder(new DuplicateSettings(Integer.MAX_VALUE, 12));

        assertThat(relations(forms)).containsExactly("form3 = form3-resaved");
        assertThat(pairingEveryForm.find(forms, file -> Optional.ofNullable(texts.get(file))))
                .as("paired by their shared wording, the forms are still told apart by what they say")
                .hasSize(1);
    }

    @Test
    void shortDocumentsAreOnlyExactCopies() {
        assertThat(relations(List.of(print("a", "No issues."), print("b", "No issues today."))))
                .isEmpty();
        assertThat(relations(List.of(print("a", "No issues."), print("b", "No  issues"))))
                .hasSize(1);
    }

    @Test
    void findsThePlantedCopiesAndContainedNotesAmongTenThousandDocuments() {
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
                fingerprints.add(print("doc" + i + "-printed", "Printed by user on 01/01/2020\n" + text));
                planted.add("doc" + i + " = doc" + i + "-printed");
            }
            if (i % 1_000 == 500) {
                fingerprints.add(print("doc" + i + "-chronology", NOTE + "\n" + text + "\n" + ANOTHER_NOTE));
                planted.add("doc" + i + " < doc" + i + "-chronology");
            }
        }

        assertThat(relations(fingerprints)).containsExactlyInAnyOrderElementsOf(planted);
    }

    @Test
    void aPrintStampOrEmailHeaderMakesNoDifference() {
        String printed = "Printed by A Clerk on 04/05/2021 09:30\n" + NOTE;
        String email = "From: A <a@example.org>\nTo: B <b@example.org>\nSubject: Note\n\n" + NOTE;

        assertThat(relations(List.of(print("a", NOTE), print("b", printed), print("c", email))))
                .containsExactly("a = b", "a = c");
    }

    @Test
    void theSameFormFilledInOnAnotherDayIsNotACopy() {
        String later = NOTE.replace("12 March 2019", "9 April 2019").replace("four weeks", "three weeks");
        String reflowed = NOTE.replace("\n", " ");

        assertThat(relations(List.of(print("a", NOTE), print("b", later), print("c", reflowed))))
                .containsExactly("a = c");
    }

    @Test
    void aNoteWithAnAddendumOfSubstanceHoldsTheNoteAndIsNotACopyOfIt() {
        String updated = NOTE + "\nAddendum 20 March 2019: Jordan's carer rang to say Jordan had run away on"
                + " Saturday and was brought back by the police on Sunday morning.";

        assertThat(relations(List.of(print("note", NOTE), print("updated", updated))))
                .containsExactly("note < updated");
    }

    @Test
    void aMessageQuotedInFullInALaterOneIsInsideItAndOneQuotedInPartIsNot() {
        Map<String, String> first = Map.of(MessageFields.MESSAGE_ID, "<1@council.example>");
        Map<String, String> reply = Map.of(
                MessageFields.MESSAGE_ID, "<2@council.example>", MessageFields.REFERENCES, "<1@council.example>");
        String quoted = "From: B <b@example.org>\nTo: A <a@example.org>\nSubject: RE: Visit\n\nThanks, I will book"
                + " the swimming lessons and let Mum know.\n\nOn 12 Mar 2019, A wrote:\n> "
                + NOTE.replace("\n", "\n> ");
        String partly = "Thanks, I will ring the school about the art club tomorrow.\n\n> "
                + NOTE.substring(0, 160).replace("\n", "\n> ") + "\n> [...]";
        String thanks = "Thanks.\n\n> " + NOTE.substring(0, 160).replace("\n", "\n> ") + "\n> [...]";

        assertThat(relations(List.of(print("m1", NOTE, first), print("m2", quoted, reply))))
                .containsExactly("m1 < m2");
        assertThat(relations(List.of(print("m1", NOTE, first), print("m3", partly, reply))))
                .isEmpty();
        assertThat(relations(List.of(print("m1", NOTE, first), print("m4", thanks, reply))))
                .as("a reply that adds nothing but thanks is shown in the message it quotes")
                .containsExactly("m4 < m1");
    }
}
