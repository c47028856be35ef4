package org.opensar.engine.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnswerKeyComparisonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final JsonNode KEY = json("""
            {'documents': [
              {'file': 'documents/note.pdf', 'kind': 'case-note', 'heldOut': false, 'disposition': 'DISCLOSE',
               'reason': 'CASE_NOTE', 'duplicateOf': null,
               'thirdParty': [{'text': 'Donna Morris'}, {'text': 'Donna Morris'}, {'text': '07700 900123'}],
               'keep': [{'text': 'Kayleigh'}, {'text': 'Mum'}]},
              {'file': 'documents/note-copy.docx', 'kind': 'case-note', 'heldOut': false, 'disposition': 'REMOVE',
               'reason': 'DUPLICATE', 'duplicateOf': 'documents/note.pdf', 'hard': ['PRINTED_COPY'],
               'thirdParty': [], 'keep': []},
              {'file': 'documents/police.pdf', 'kind': 'police-report', 'heldOut': true, 'disposition': 'WITHHOLD',
               'reason': 'THIRD_PARTY_SOURCE', 'duplicateOf': null, 'thirdParty': [], 'keep': []},
              {'file': 'documents/scan.pdf', 'kind': 'case-note', 'heldOut': true, 'disposition': 'REVIEW',
               'reason': 'NEEDS_OCR', 'afterOcr': {'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE'},
               'duplicateOf': null, 'thirdParty': [], 'keep': []}
            ]}""");

    @Test
    void aPerfectReportScoresFull() {
        JsonNode report = json("""
                {'documents': [
                  {'file': 'documents/note.pdf', 'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE',
                   'redactions': [{'text': 'Donna Morris'}, {'text': 'Donna\\nMorris'}, {'text': '07700 900123'}]},
                  {'file': 'documents/note-copy.docx', 'disposition': 'REMOVE', 'reason': 'DUPLICATE',
                   'duplicateOf': 'documents/note.pdf', 'redactions': []},
                  {'file': 'documents/police.pdf', 'disposition': 'WITHHOLD', 'reason': 'THIRD_PARTY_SOURCE',
                   'redactions': []},
                  {'file': 'documents/scan.pdf', 'disposition': 'REVIEW', 'reason': 'NEEDS_OCR', 'redactions': []}
                ]}""");

        Evaluation evaluation = AnswerKeyComparison.compare(report, KEY);

        assertThat(evaluation.dispositionAccuracy()).isEqualTo(1.0);
        assertThat(evaluation.heldOutDocuments()).isEqualTo(2);
        assertThat(evaluation.withheldDisclosed()).isZero();
        assertThat(evaluation.duplicateGroupsHandled()).isEqualTo(1);
        assertThat(evaluation.thirdPartyRedacted()).isEqualTo(3);
        assertThat(evaluation.mustKeepKept()).isEqualTo(2);
        assertThat(evaluation.mistakes()).isEmpty();
    }

    @Test
    void mistakesAreCountedAndShown() {
        JsonNode report = json("""
                {'documents': [
                  {'file': 'documents/note.pdf', 'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE',
                   'redactions': [{'text': 'Donna Morris'}, {'text': 'Mum'}]},
                  {'file': 'documents/note-copy.docx', 'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE',
                   'redactions': []},
                  {'file': 'documents/police.pdf', 'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE',
                   'redactions': []},
                  {'file': 'documents/scan.pdf', 'disposition': 'WITHHOLD', 'reason': 'COURT', 'redactions': []}
                ]}""");

        Evaluation evaluation = AnswerKeyComparison.compare(report, KEY);

        assertThat(evaluation.dispositionsRight()).isEqualTo(1);
        assertThat(evaluation.withheldDisclosed()).isEqualTo(1);
        assertThat(evaluation.duplicateGroupsHandled()).isZero();
        assertThat(evaluation.thirdPartyRedacted())
                .as("one redaction of the name, none of the phone")
                .isEqualTo(1);
        assertThat(evaluation.mustKeepKept()).as("'Mum' was redacted").isEqualTo(1);
        assertThat(evaluation.mistakes())
                .extracting(Evaluation.Mistake::file)
                .containsExactly("documents/note-copy.docx", "documents/police.pdf", "documents/scan.pdf");
        assertThat(evaluation.confusion().get("WITHHOLD")).containsEntry("DISCLOSE", 1);
    }

    @Test
    void aCopyKeptInsteadOfTheOriginalStillHandlesTheGroup() {
        JsonNode report = json("""
                {'documents': [
                  {'file': 'documents/note.pdf', 'disposition': 'REMOVE', 'reason': 'DUPLICATE',
                   'duplicateOf': 'documents/note-copy.docx', 'redactions': []},
                  {'file': 'documents/note-copy.docx', 'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE',
                   'redactions': []}
                ]}""");

        Evaluation evaluation = AnswerKeyComparison.compare(report, KEY);

        assertThat(evaluation.duplicateGroupsHandled()).isEqualTo(1);
        assertThat(evaluation.wronglyRemovedAsDuplicates())
                .as("a printed copy holds all its original holds")
                .isEmpty();
    }

    @Test
    void aVersionWithAnAddendumRemovedForItsOriginalIsLostAndItsGroupNotHandled() {
        JsonNode key = json("""
                {'documents': [
                  {'file': 'documents/note.pdf', 'disposition': 'REMOVE', 'reason': 'DUPLICATE',
                   'duplicateOf': 'documents/note-updated.pdf', 'hard': ['SUPERSEDED_BY_ADDENDUM']},
                  {'file': 'documents/note-updated.pdf', 'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE',
                   'duplicateOf': null, 'hard': ['ADDS_SUBSTANTIVE_TEXT']}
                ]}""");
        JsonNode report = json("""
                {'documents': [
                  {'file': 'documents/note.pdf', 'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE', 'redactions': []},
                  {'file': 'documents/note-updated.pdf', 'disposition': 'REMOVE', 'reason': 'DUPLICATE',
                   'duplicateOf': 'documents/note.pdf', 'redactions': []}
                ]}""");

        Evaluation evaluation = AnswerKeyComparison.compare(report, key);

        assertThat(evaluation.wronglyRemovedAsDuplicates()).containsExactly("documents/note-updated.pdf");
        assertThat(evaluation.duplicateGroupsHandled()).isZero();
    }

    @Test
    void groupsAreCountedByKindOfCopyAndAKeptDocumentRemovedAsACopyIsShown() {
        JsonNode report = json("""
                {'documents': [
                  {'file': 'documents/note.pdf', 'disposition': 'DISCLOSE', 'reason': 'CASE_NOTE',
                   'redactions': []},
                  {'file': 'documents/note-copy.docx', 'disposition': 'REMOVE', 'reason': 'DUPLICATE',
                   'duplicateOf': 'documents/note.pdf', 'redactions': []},
                  {'file': 'documents/police.pdf', 'disposition': 'REMOVE', 'reason': 'DUPLICATE',
                   'duplicateOf': 'documents/note.pdf', 'redactions': []}
                ]}""");

        Evaluation evaluation = AnswerKeyComparison.compare(report, KEY);

        assertThat(evaluation.duplicateGroupsByKind()).containsOnlyKeys("PRINTED_COPY");
        assertThat(evaluation.duplicateGroupsByKind().get("PRINTED_COPY")).isEqualTo(new Evaluation.CopyGroups(1, 1));
        assertThat(evaluation.wronglyRemovedAsDuplicates()).containsExactly("documents/police.pdf");
        assertThat(AnswerKeyComparison.compare(json("{'documents': []}"), KEY).wronglyRemovedAsDuplicates())
                .isEmpty();
    }
}
