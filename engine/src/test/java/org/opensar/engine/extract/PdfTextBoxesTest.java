package org.opensar.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfTextBoxesTest {

    /** DocumentFixtures lays lines out on a US Letter page from x = 50 pt, the first baseline 52 pt from the top. */
    private static final double WIDTH = 612;

    private static final double HEIGHT = 792;

    @Test
    void aPassageIsFoundByItsOccurrenceOnItsLine() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DocumentFixtures.pdf(
                List.of("Cover page", "Visit by Jane Smith today.\nJane Smith was\nseen again by her GP.")))) {
            PdfTextBoxes page = PdfTextBoxes.of(pdf, 2);

            PdfTextBoxes.Area first = page.find("Jane Smith", 0).get(0);
            PdfTextBoxes.Area second = page.find("jane  smith", 1).get(0);

            assertThat(first.left()).isGreaterThan(50 / WIDTH);
            assertThat(first.top()).isCloseTo((52 - 10) / HEIGHT, within(6 / HEIGHT));
            assertThat(second.left()).isCloseTo(50 / WIDTH, within(1 / WIDTH));
            assertThat(second.top()).isCloseTo((52 + 13 - 10) / HEIGHT, within(6 / HEIGHT));
            assertThat(second.width()).isCloseTo(first.width(), within(1 / WIDTH));
            assertThat(page.find("Jane Smith", 2)).isEmpty();
        }
    }

    @Test
    void aPassageOverALineBreakIsMarkedOnBothLines() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DocumentFixtures.pdf(List.of("Jane Smith was\nseen again.")))) {
            List<PdfTextBoxes.Area> areas = PdfTextBoxes.of(pdf, 1).find("Smith was seen", 0);

            assertThat(areas).hasSize(2);
            assertThat(areas.get(1).top()).isGreaterThan(areas.get(0).top());
            assertThat(areas.get(1).left()).isCloseTo(50 / WIDTH, within(1 / WIDTH));
        }
    }

    @Test
    void aScannedPageHasNothingToPlace() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DocumentFixtures.scannedPdf())) {
            PdfTextBoxes page = PdfTextBoxes.of(pdf, 1);

            assertThat(page.hasText()).isFalse();
            assertThat(page.find("anything", 0)).isEmpty();
        }
    }

    @Test
    void occurrencesAreCountedInTheExtractedTextWhateverItsSpacing() {
        String text = "Jane Smith met\nJane   Smith and Jane Smith.";

        assertThat(PdfTextBoxes.occurrencesBefore(text, "Jane Smith", 0)).isZero();
        assertThat(PdfTextBoxes.occurrencesBefore(text, "Jane Smith", text.indexOf("Jane   Smith")))
                .isEqualTo(1);
        assertThat(PdfTextBoxes.occurrencesBefore(text, "Jane Smith", text.lastIndexOf("Jane")))
                .isEqualTo(2);
    }
}
