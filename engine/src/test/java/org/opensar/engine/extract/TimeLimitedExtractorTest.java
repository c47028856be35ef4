package org.opensar.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;

class TimeLimitedExtractorTest {

    private static final CaseDocument DOCUMENT =
            new CaseDocument("documents/a.txt", Path.of("a.txt"), 1, DocumentMetadata.NONE);

    @Test
    void aDocumentThatHangsTimesOut() {
        CountDownLatch never = new CountDownLatch(1);
        TextExtractor hangs = document -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ExtractedDocument.failed(document.file(), ExtractionOutcome.EXTRACTED, "");
        };

        ExtractedDocument result = new TimeLimitedExtractor(hangs, Duration.ofMillis(50)).extract(DOCUMENT);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.TIMED_OUT);
    }

    @Test
    void aCrashIsAnExtractionFailureOfThatDocumentOnly() {
        TextExtractor crashes = document -> {
            throw new IllegalStateException("parser bug");
        };

        ExtractedDocument result = new TimeLimitedExtractor(crashes, Duration.ofSeconds(30)).extract(DOCUMENT);

        assertThat(result.outcome()).isEqualTo(ExtractionOutcome.EXTRACTION_FAILED);
        assertThat(result.detail()).contains("parser bug");
    }

    @Test
    void aQuickDocumentPassesThrough() {
        TextExtractor quick = document ->
                new ExtractedDocument(document.file(), List.of("text"), Map.of(), ExtractionOutcome.EXTRACTED, "");

        assertThat(new TimeLimitedExtractor(quick, Duration.ofSeconds(30))
                        .extract(DOCUMENT)
                        .pages())
                .containsExactly("text");
    }
}
