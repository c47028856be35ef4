package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.render.BundleFixtures.CASE_NOTE;
import static org.opensar.engine.render.BundleFixtures.document;
import static org.opensar.engine.render.BundleFixtures.inMemory;
import static org.opensar.engine.render.BundleFixtures.requestFor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.ReasonCode;

/** The front matter read by position, as a reader sees it: no text printed over other text, words that agree. */
class FrontMatterLayoutTest {

    @TempDir
    Path dir;

    @Test
    void listItemsAndTheKeysRowsStartOnTheirOwnLinesAndTheIndexGivesDates() throws Exception {
        Decision police = Decision.of(ReasonCode.THIRD_PARTY_SOURCE, List.of(), 0.9, "police");
        BundleRequest request = requestFor(
                document("note.txt", "Home visit", CASE_NOTE),
                document("police.txt", "Police report", police),
                document("court.txt", "C2 application", Decision.of(ReasonCode.COURT, List.of(), 0.9, "")));
        TextByPosition text = render(
                request,
                Map.of("note.txt", "I visited Jordan.", "police.txt", "Police report.", "court.txt", "Application."));

        assertThat(text.lines())
                .contains("• 1 document came from another organisation: you can ask the organisation that wrote it.")
                .contains("• 1 document is a court document or was written by social care for a court: you can ask")
                .contains("TP Another person's name (a third party).")
                .contains("TPC Another person's phone number or email address.")
                .contains("TPS Information about another person's health, history or circumstances.")
                .contains("Date Document Starts on")
                .anyMatch(line -> line.startsWith("4 March 2019 Home visit page "));
    }

    private record TextByPosition(List<String> lines) {}

    private TextByPosition render(BundleRequest request, Map<String, String> texts) throws Exception {
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(inMemory(texts)).write(request, dir);
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return new TextByPosition(stripper.getText(pdf)
                    .lines()
                    .map(line -> line.strip().replaceAll("\\s+", " "))
                    .toList());
        }
    }
}
