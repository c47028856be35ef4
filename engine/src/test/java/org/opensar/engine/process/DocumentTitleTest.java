package org.opensar.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.policy.ReasonCode;

class DocumentTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # records system's title     | text                                              | reason       | title
            Home visit                    | I visited Jordan.                                 | CASE_NOTE    | Home visit
            Doc1                          | CORE GROUP - RECORD OF MEETING\\nChair: A         | MEETING_NOTES | CORE GROUP - RECORD OF MEETING
            Attachment                    | From: a@b.example\\nSubject: Contact on Saturday\\n\\nHi | CASE_NOTE | Contact on Saturday
            Scan 48                       | I visited Jordan at home today.                   | CASE_NOTE    | Case note
            Doc1                          | Westshire County Council\\nHome visit    Date: 4 March | CASE_NOTE | Home visit
            Doc1                          | Step: Case Note\\nDear Jordan,                   | CASE_NOTE    | Case note
            Document upload               | 04/03/2019: went to school as normal.             | PLACEMENT_RECORD | Placement record
                                          | Placement plan                                    | ASSESSMENT_OR_PLAN | Placement plan
            IMG_0034.pdf                  |                                                   | CORRESPONDENCE | Letter or e-mail
            """)
    void aTitleSaysWhatTheDocumentIs(String given, String text, ReasonCode reason, String title) {
        CaseDocument document = new CaseDocument(
                "documents/x.pdf", Path.of("x.pdf"), 1, new DocumentMetadata(given, null, LocalDate.now(), null, null));
        String body = text == null ? "" : text.replace("\\n", "\n");
        ExtractedDocument extracted =
                new ExtractedDocument("documents/x.pdf", List.of(body), Map.of(), ExtractionOutcome.EXTRACTED, "");

        assertThat(DocumentTitle.of(document, extracted, reason)).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource({
        "Doc1, true",
        "Scan 48, true",
        "Document upload, true",
        "IMG_0034.pdf, true",
        "Home visit, false",
        "Letter from Nan, false"
    })
    void aRecordsSystemsTitleForAnyFileIsGeneric(String title, boolean generic) {
        assertThat(DocumentTitle.generic(title)).isEqualTo(generic);
    }
}
