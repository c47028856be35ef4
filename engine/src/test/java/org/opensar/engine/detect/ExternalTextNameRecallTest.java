package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Person-name recall on English prose the team did not write: quotations from Debian's fortunes-min package,
 * annotated by hand (annotations in fortunes-literature-names.tsv). Skipped where the package is not installed
 * ({@code apt-get install fortunes-min}).
 */
class ExternalTextNameRecallTest {

    private static final Path LITERATURE = Path.of("/usr/share/games/fortunes/literature");

    @Test
    void findsNamesInQuotations() throws IOException {
        assumeTrue(Files.isReadable(LITERATURE), "fortunes-min is not installed");
        String[] quotations =
                Files.readString(LITERATURE, StandardCharsets.ISO_8859_1).split("\n%\n");
        PersonalDataDetector detector = PersonalDataDetector.withoutCase();
        int names = 0;
        int found = 0;
        int otherPersonSpans = 0;
        List<String> missed = new ArrayList<>();
        for (String line : annotations()) {
            String[] fields = line.split("\t");
            String quotation = quotations[Integer.parseInt(fields[0])];
            List<TextSpan> spans = detector.detect(quotation).stream()
                    .filter(r -> r.type() == PersonalDataType.PERSON)
                    .map(ProposedRedaction::span)
                    .toList();
            List<TextSpan> annotated = new ArrayList<>();
            int from = 0;
            for (String name : fields[1].split("\\|")) {
                int at = quotation.indexOf(name, from);
                TextSpan span = new TextSpan(at, at + name.length());
                annotated.add(span);
                from = span.end();
                names++;
                if (spans.stream().anyMatch(s -> s.contains(span))) {
                    found++;
                } else {
                    missed.add(name);
                }
            }
            otherPersonSpans += (int) spans.stream()
                    .filter(s -> annotated.stream().noneMatch(s::overlaps))
                    .count();
        }
        double recall = (double) found / names;
        System.out.printf(
                "external text: person names found %d/%d = %.2f%%; PERSON spans on no annotated name %d; missed %s%n",
                found, names, 100 * recall, otherPersonSpans, missed);
        // Below the 0.95 target (first run 75.27%, 89.25% after the initials and proper-noun fixes): famous surnames
        // right after the "-- " of an attribution look like the start of a list item. The floor pins today's figure.
        assertThat(recall).isGreaterThanOrEqualTo(0.89);
    }

    private static List<String> annotations() throws IOException {
        try (InputStream in = ExternalTextNameRecallTest.class.getResourceAsStream("fortunes-literature-names.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }
}
