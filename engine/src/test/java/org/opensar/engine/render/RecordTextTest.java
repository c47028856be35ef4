package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.engine.render.BundleFixtures.CASE_NOTE;
import static org.opensar.engine.render.BundleFixtures.document;
import static org.opensar.engine.render.BundleFixtures.inMemory;
import static org.opensar.engine.render.BundleFixtures.name;
import static org.opensar.engine.render.BundleFixtures.requestFor;
import static org.opensar.engine.render.BundleFixtures.withRedactions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record keeps its structure in the bundle: a spreadsheet's rows stay rows, each cell its own. */
class RecordTextTest {

    private static final String CHRONOLOGY = "CHRONOLOGY - Jordan Ellis\n\n"
            + "\t\tEvent date\t\tCategory\t\tWhat happened\n\n"
            + "\t\t13 November 2016\t\tConference\t\tInitial conference. Michelle came with a friend.\n\n"
            + "\t\t17 November 2016\t\tFamily time\t\tSession went well.\n\n"
            + "Notes: none.";

    @TempDir
    Path dir;

    @Test
    void tabSeparatedLinesAreTableRowsWithACellEachAndNothingIsLost() throws Exception {
        BundleRequest request = requestFor(withRedactions(
                document("chronology.csv", "Chronology", CASE_NOTE), List.of(name("Michelle", CHRONOLOGY))));

        DisclosureBundleWriter.Outcome outcome =
                new DisclosureBundleWriter(inMemory(Map.of("chronology.csv", CHRONOLOGY))).write(request, dir);

        assertThat(outcome.verification().findings()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            List<COSDictionary> rows = TaggedBundleTest.elements(pdf).stream()
                    .filter(e -> "TR".equals(e.getNameAsString(COSName.S)))
                    .filter(e -> kids(e).stream().allMatch(k -> "TD".equals(k.getNameAsString(COSName.S))))
                    .toList();
            assertThat(rows).filteredOn(row -> kids(row).size() == 3).hasSizeGreaterThanOrEqualTo(3);
            assertThat(TaggedBundleTest.textOfElements(pdf).stream().map(String::strip))
                    .contains("13 November 2016", "Conference", "Family time")
                    .anyMatch(t -> t.startsWith("Initial conference.") && t.contains("came with a friend"));
        }
    }

    private static List<COSDictionary> kids(COSDictionary element) {
        if (!(element.getDictionaryObject(COSName.K) instanceof COSArray kids)) {
            return element.getDictionaryObject(COSName.K) instanceof COSDictionary one ? List.of(one) : List.of();
        }
        return kids.toList().stream()
                .map(k -> k instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : k)
                .filter(COSDictionary.class::isInstance)
                .map(COSDictionary.class::cast)
                .filter(d -> d.containsKey(COSName.S))
                .toList();
    }
}
