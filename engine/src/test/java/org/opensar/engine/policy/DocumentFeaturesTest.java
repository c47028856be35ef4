package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;

class DocumentFeaturesTest {

    private static final List<Person> PEOPLE = List.of(
            new Person("Shanice Green", List.of("Shan"), "mother", PersonCategory.FAMILY),
            new Person("Tom Baker", List.of(), "police officer", PersonCategory.EXTERNAL_PROFESSIONAL));

    private static List<String> features(String text, DocumentMetadata metadata) {
        return new DocumentFeatures(DisclosurePolicy.careLeaver(), PEOPLE)
                .of(
                        new ExtractedDocument(
                                "documents/doc.pdf", List.of(text), Map.of(), ExtractionOutcome.EXTRACTED, ""),
                        metadata);
    }

    @Test
    void wordsAreMarkedWithThePartOfThePageTheyAreIn() {
        List<String> features = features("""
                West Midlands Police
                Incident report
                Officers attended the address after a call from a neighbour.
                Signed
                Tom Baker, Police Constable""", new DocumentMetadata("Doc1", "Police report", null, null, null));

        assertThat(features)
                .contains("h:police", "w:police", "w:attended", "s:constable", "m:police")
                .doesNotContain("h:attended", "s:neighbour");
    }

    @Test
    void namesFromThePeopleListAreReadAsTheKindOfPersonTheyName() {
        List<String> features = features("""
                Contact record
                Shan rang to ask about contact. Tom Baker was told.""", DocumentMetadata.NONE);

        assertThat(features)
                .contains("w:<FAMILY>", "w:<EXTERNAL_PROFESSIONAL>", "w:rang")
                .noneMatch(f -> f.contains("shan") || f.contains("baker"));
    }

    @Test
    void theAuthorIsReadAsTheirCategoryAndRole() {
        List<String> features = features("""
                Statement
                I attended the address at 10pm.
                Tom Baker""", DocumentMetadata.NONE);

        assertThat(features).contains("author:EXTERNAL_PROFESSIONAL", "author:police", "author:officer");
    }

    @Test
    void theShapeOfADailyLogAndItsSumsOfMoneyAreFeatures() {
        List<String> log = features("""
                Daily record
                04/03/2019 Went to school, tea at five.
                05/03/2019 Swimming after school.
                06/03/2019 Quiet evening.
                07/03/2019 Pocket money £5 and £2.""", DocumentMetadata.NONE);

        assertThat(log).contains("shape:daily entries", "money:2");
        assertThat(features("A letter with no sums.", DocumentMetadata.NONE))
                .noneMatch(f -> f.startsWith("money:") || f.startsWith("shape:"));
    }

    @Test
    void aFeatureReadsAsEvidenceAnOfficerUnderstands() {
        assertThat(DocumentFeatures.evidence("h:police")).hasToString("letterhead: 'police'");
        assertThat(DocumentFeatures.evidence("w:arrested")).hasToString("vocabulary: 'arrested'");
        assertThat(DocumentFeatures.evidence("f:collar number")).hasToString("form field: 'collar number:'");
        assertThat(DocumentFeatures.evidence("author:EXTERNAL_PROFESSIONAL"))
                .hasToString("author: external professional (case people list)");
        assertThat(DocumentFeatures.evidence("w:<FAMILY>"))
                .hasToString("vocabulary: 'a name (family, case people list)'");
        assertThat(DocumentFeatures.evidence("size:7")).hasToString("layout: length: 64 to 127 words");
        assertThat(List.of(
                        "h:police",
                        "size:7",
                        "w:<FAMILY>",
                        "w:cl",
                        "author:EXTERNAL_PROFESSIONAL",
                        "shape:daily entries"))
                .filteredOn(DocumentFeatures::shown)
                .containsExactly("h:police", "author:EXTERNAL_PROFESSIONAL", "shape:daily entries");
    }
}
