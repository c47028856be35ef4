package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opensar.engine.duplicates.SharedTextFinder.SharedText;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;

class SharedTextFinderTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final SharedTextFinder finder = new SharedTextFinder(0.25);
    private final Random random = new Random(7);

    private DocumentFingerprint print(String file, String text) {
        return fingerprinter.fingerprint(
                new ExtractedDocument(file, List.of(text), Map.of(), ExtractionOutcome.EXTRACTED, ""));
    }

    /** {@code words} words drawn from a vocabulary of 5,000, so two texts share no four words in a row. */
    private String prose(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append('w').append(random.nextInt(5_000)).append(' ');
        }
        return text.toString();
    }

    @Test
    void aNoteQuotingMostOfAReportHoldsItAndOneQuotingALineDoesNot() {
        String report = prose(300);
        DocumentFingerprint police = print("police.pdf", report);
        DocumentFingerprint quoting = print("note.docx", prose(400) + report.substring(0, report.length() * 2 / 3));
        DocumentFingerprint mentioning = print("other.docx", prose(400) + report.substring(0, 80) + prose(100));

        List<SharedText> shared = finder.find(List.of(police), List.of(quoting, mentioning));

        assertThat(shared).singleElement().satisfies(s -> {
            assertThat(s.holder()).isEqualTo("note.docx");
            assertThat(s.source()).isEqualTo("police.pdf");
            assertThat(s.share()).isBetween(0.55, 0.8);
        });
    }

    @Test
    void textThatSeveralHoldersShareIsTheFormsNotTheSources() {
        String form = prose(200);
        DocumentFingerprint withheld = print("finance.pdf", form + prose(40));
        List<DocumentFingerprint> holders = List.of(print("a.pdf", form + prose(40)), print("b.pdf", form + prose(40)));

        assertThat(finder.find(List.of(withheld), holders)).isEmpty();
    }

    @Test
    void aLongHolderIsJudgedOnThePartOfTheSourceItsSampleCovers() {
        String report = prose(2_000);
        DocumentFingerprint source = print("psychology.pdf", report);
        DocumentFingerprint chronology = print("chronology.pdf", prose(20_000) + report);
        DocumentFingerprint unrelated = print("log.pdf", prose(20_000));

        List<SharedText> shared = finder.find(List.of(source), List.of(chronology, unrelated));

        assertThat(shared).singleElement().satisfies(s -> {
            assertThat(s.holder()).isEqualTo("chronology.pdf");
            assertThat(s.sampled()).isLessThan(source.shingles().length);
            assertThat(s.share()).isGreaterThan(0.9);
        });
    }

    @Test
    void manyDocumentsAreIndexedNotComparedInPairs() {
        List<DocumentFingerprint> sources = new ArrayList<>();
        List<DocumentFingerprint> holders = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String text = prose(120);
            sources.add(print("withheld" + i, text));
            holders.add(print("disclosed" + i, prose(120) + (i % 500 == 0 ? text : "")));
            if (i % 500 == 0) {
                quoted.add("disclosed" + i);
            }
        }

        assertThat(finder.find(sources, holders))
                .extracting(SharedText::holder)
                .containsExactlyInAnyOrderElementsOf(quoted);
    }

    @Test
    void theShareMustBeAPart() {
        assertThatThrownBy(() -> new SharedTextFinder(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedTextFinder(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
