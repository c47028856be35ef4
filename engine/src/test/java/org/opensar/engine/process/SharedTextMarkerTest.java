package org.opensar.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.duplicates.Fingerprinter;
import org.opensar.engine.duplicates.SharedTextFinder.SharedText;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.Disposition;

class SharedTextMarkerTest {

    private final SharedTextMarker marker = new SharedTextMarker(DisclosurePolicy.careLeaver());
    private final Random random = new Random(9);

    private String prose(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append('w').append(random.nextInt(5_000)).append(' ');
        }
        return text.toString();
    }

    private static DocumentFingerprint print(String file, String text) {
        return new Fingerprinter()
                .fingerprint(new ExtractedDocument(file, List.of(text), Map.of(), ExtractionOutcome.EXTRACTED, ""));
    }

    @Test
    void anOfficerWhoWithholdsADocumentHearsWhichDocumentToDiscloseHoldsItsText() {
        String report = prose(200);
        List<DocumentFingerprint> fingerprints =
                List.of(print("report", report), print("note", prose(300) + report), print("other", prose(300)));

        Map<String, Disposition> withheld =
                Map.of("report", Disposition.WITHHOLD, "note", Disposition.DISCLOSE, "other", Disposition.DISCLOSE);
        Map<String, Disposition> bothDisclosed =
                Map.of("report", Disposition.DISCLOSE, "note", Disposition.DISCLOSE, "other", Disposition.DISCLOSE);
        Map<String, Disposition> bothWithheld =
                Map.of("report", Disposition.WITHHOLD, "note", Disposition.WITHHOLD, "other", Disposition.DISCLOSE);

        assertThat(marker.conflicts("report", withheld, fingerprints))
                .singleElement()
                .extracting(SharedText::holder, SharedText::source)
                .containsExactly("note", "report");
        assertThat(marker.conflicts("note", withheld, fingerprints)).hasSize(1);
        assertThat(marker.conflicts("other", withheld, fingerprints)).isEmpty();
        assertThat(marker.conflicts("report", bothDisclosed, fingerprints)).isEmpty();
        assertThat(marker.conflicts("report", bothWithheld, fingerprints)).isEmpty();
    }
}
