package org.opensar.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.cli.ProcessCommand;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.tools.generate.CaseFileGenerator;
import org.opensar.engine.tools.generate.GeneratorOptions;
import org.opensar.engine.tools.generate.HeldOutMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundles of generated cases back as a requester would (every page's text by position, as pdftotext
 * gives it) and finds in them every paragraph of every disclosed document that no redaction touches: whatever the
 * format the generator wrote it in (PDF, DOCX, ODT, RTF, HTML, e-mail, text, scans). Independent of the completeness
 * verifier, which process also runs.
 */
class BundleReadBackTest {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    /** The footer on every page, which a reader by position reads in the middle of a paragraph a page breaks. */
    private static final Pattern FOOTER = Pattern.compile("(?m)^Page \\d+ of \\d+ +Reference .*$");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {77, 78, 79})
    void everyParagraphOfEveryDisclosedDocumentWithNoRedactionIsInTheBundle(long seed) throws Exception {
        Path caseDir = tmp.resolve("case");
        CaseFileGenerator.generate(new GeneratorOptions(seed, 12, HeldOutMode.MIXED), caseDir);
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new ProcessCommand()
                .run(
                        List.of(caseDir.toString(), "--out", out.toString()),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report =
                JsonMapper.builder().build().readTree(out.resolve("report.json").toFile());
        assertThat(report.get("bundle").get("verified").asBoolean()).isTrue();
        String bundle = letters(readBack(out.resolve("bundle.pdf")));
        List<String> redacted = new ArrayList<>();
        Map<String, List<int[]>> disclosed = new HashMap<>();
        for (JsonNode document : report.get("documents")) {
            List<int[]> spans = new ArrayList<>();
            for (JsonNode r : document.get("redactions")) {
                redacted.add(letters(r.get("text").asString()));
                if (r.get("part").asString().equals("BODY")) {
                    spans.add(new int[] {r.get("start").asInt(), r.get("end").asInt()});
                }
            }
            if (document.get("disposition").asString().equals("DISCLOSE")) {
                disclosed.put(document.get("file").asString(), spans);
            }
        }
        int checked = 0;
        List<String> missing = new ArrayList<>();
        TikaTextExtractor tika = new TikaTextExtractor(ExtractionSettings.DEFAULT);
        try (CaseFile caseFile = new CaseFileReader().open(caseDir)) {
            for (CaseDocument document : caseFile.documents()) {
                List<int[]> spans = disclosed.get(document.file());
                if (spans == null) {
                    continue;
                }
                String text = tika.extract(document).fullText();
                Matcher gap = PARAGRAPHS.matcher(text + "\n\n");
                for (int start = 0; gap.find(); start = gap.end()) {
                    int from = start;
                    int to = gap.start();
                    String paragraph = text.substring(from, Math.min(to, text.length()));
                    String wanted = letters(paragraph);
                    boolean touched = spans.stream().anyMatch(r -> r[0] < to && r[1] > from);
                    if (wanted.isEmpty()
                            || touched
                            || redacted.stream().anyMatch(r -> !r.isEmpty() && wanted.contains(r))) {
                        continue;
                    }
                    checked++;
                    if (!bundle.contains(wanted)) {
                        missing.add(document.file() + ": " + paragraph.strip());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).as("paragraphs checked").isGreaterThan(8);
    }

    private static String readBack(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return FOOTER.matcher(stripper.getText(document)).replaceAll("");
        }
    }

    /** The letters and digits alone, in lower case: line breaks and spacing are the layout's, not the text's. */
    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
