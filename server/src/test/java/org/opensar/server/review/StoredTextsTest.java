package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;

class StoredTextsTest {

    @Test
    void theStoredTextIsCutBackIntoItsPagesWhereExtractionJoinedThem() {
        ExtractedDocument original = new ExtractedDocument(
                "scan.pdf",
                List.of("First page.", "", "Third\n\npage."),
                java.util.Map.of(),
                ExtractionOutcome.OCR_APPLIED,
                "");

        ExtractedDocument read = stored(original.fullText(), original.pageStartOffsets(), ExtractionOutcome.OCR_APPLIED)
                .extracted()
                .orElseThrow();

        assertThat(read.pages()).isEqualTo(original.pages());
        assertThat(read.outcome()).isEqualTo(ExtractionOutcome.OCR_APPLIED);
        assertThat(read.fullText()).isEqualTo(original.fullText());
    }

    @Test
    void aDocumentThatCouldNotBeReadStaysUnreadableWithoutParsingItAgain() {
        assertThat(stored("", List.of(), ExtractionOutcome.PASSWORD_PROTECTED).extracted())
                .hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(ExtractionOutcome.PASSWORD_PROTECTED));
    }

    @Test
    void withoutAKeptOutcomeOrWithPageStartsThatDoNotFitTheFileIsReadAgain() {
        assertThat(stored("Some text", List.of(0), null).extracted()).isEmpty();
        assertThat(stored("One page\n\nTwo", List.of(0, 7), ExtractionOutcome.EXTRACTED)
                        .extracted())
                .isEmpty();
        assertThat(stored("Short", List.of(0, 40), ExtractionOutcome.EXTRACTED).extracted())
                .isEmpty();
        assertThat(stored("", List.of(), ExtractionOutcome.EXTRACTED).extracted())
                .isEmpty();
    }

    private static StoredTexts.StoredText stored(String text, List<Integer> starts, ExtractionOutcome outcome) {
        return new StoredTexts.StoredText("documents/a.pdf", text, starts, outcome);
    }
}
