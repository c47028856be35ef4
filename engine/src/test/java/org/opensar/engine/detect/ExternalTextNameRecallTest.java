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
 * Person-name recall on English prose the team did not write: quotations from Debian's fortunes-min and fortunes
 * packages, annotated by hand (only the annotations live in the repository). The first sample (literature 0-69) has
 * been tuned on; the second (literature 70-139) and third (people 0-79) were annotated after the last change. Names in the attribution line
 * ("-- Mark Twain") are counted apart from names in the quoted prose. Skipped where the package is not installed
 * ({@code apt-get install fortunes-min fortunes}).
 */
class ExternalTextNameRecallTest {

    private static final Path LITERATURE = Path.of("/usr/share/games/fortunes/literature");
    private static final Path PEOPLE = Path.of("/usr/share/games/fortunes/people");
    private static final PersonalDataDetector DETECTOR = PersonalDataDetector.withoutCase();

    private record Recall(int names, int found, int inProse, int foundInProse, int otherSpans, List<String> missed) {

        double share() {
            return (double) found / names;
        }

        void print(String sample) {
            System.out.printf(
                    "external text, %s: person names found %d/%d = %.2f%% (in the prose %d/%d, in attribution"
                            + " lines %d/%d); PERSON spans on no annotated name %d; missed %s%n",
                    sample,
                    found,
                    names,
                    100 * share(),
                    foundInProse,
                    inProse,
                    found - foundInProse,
                    names - inProse,
                    otherSpans,
                    missed);
        }
    }

    @Test
    void findsNamesInTheQuotationsTunedOn() throws IOException {
        Recall recall = measure(LITERATURE, "fortunes-literature-names.tsv");
        recall.print("quotations 0-69 (tuned on)");
        // First run 75.27%, 89.25% after the initials and proper-noun fixes, 100% once attribution lines, speaker
        // labels and abbreviated forenames ("Wm.") became cues.
        assertThat(recall.share()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void findsNamesInQuotationsNobodyTunedOn() throws IOException {
        Recall recall = measure(LITERATURE, "fortunes-literature-names-2.tsv");
        recall.print("quotations 70-139 (not tuned on)");
        assertThat(recall.share()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void findsNamesInAnotherPackagesQuotationsNobodyTunedOn() throws IOException {
        Recall recall = measure(PEOPLE, "fortunes-people-names.tsv");
        recall.print("people 0-79 (fortunes package, not tuned on)");
        assertThat(recall.share()).isGreaterThanOrEqualTo(0.95);
    }

    private static Recall measure(Path quotationFile, String annotationFile) throws IOException {
        assumeTrue(Files.isReadable(quotationFile), quotationFile + " is not installed (fortunes-min, fortunes)");
        String[] quotations =
                Files.readString(quotationFile, StandardCharsets.ISO_8859_1).split("\n%\n");
        int names = 0;
        int found = 0;
        int inProse = 0;
        int foundInProse = 0;
        int otherSpans = 0;
        List<String> missed = new ArrayList<>();
        for (String line : annotations(annotationFile)) {
            String[] fields = line.split("\t");
            String quotation = quotations[Integer.parseInt(fields[0])];
            List<TextSpan> spans = DETECTOR.detect(quotation).stream()
                    .filter(r -> r.type() == PersonalDataType.PERSON)
                    .map(ProposedRedaction::span)
                    .toList();
            List<TextSpan> annotated = new ArrayList<>();
            int from = 0;
            for (String name : fields[1].split("\\|")) {
                int at = quotation.indexOf(name, from);
                assertThat(at).as("%s in quotation %s", name, fields[0]).isNotNegative();
                TextSpan span = new TextSpan(at, at + name.length());
                annotated.add(span);
                from = span.end();
                boolean prose = !inAttribution(quotation, at);
                boolean hit = spans.stream().anyMatch(s -> s.contains(span));
                names++;
                found += hit ? 1 : 0;
                inProse += prose ? 1 : 0;
                foundInProse += prose && hit ? 1 : 0;
                if (!hit) {
                    missed.add(fields[0] + ":" + name);
                }
            }
            otherSpans += (int) spans.stream()
                    .filter(s -> annotated.stream().noneMatch(s::overlaps))
                    .count();
        }
        return new Recall(names, found, inProse, foundInProse, otherSpans, missed);
    }

    /** Whether the line holding {@code at} is an attribution: it starts with "--" after white space. */
    private static boolean inAttribution(String quotation, int at) {
        int lineStart = quotation.lastIndexOf('\n', at) + 1;
        return quotation.substring(lineStart, at).strip().startsWith("--");
    }

    private static List<String> annotations(String file) throws IOException {
        try (InputStream in = ExternalTextNameRecallTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }
}
