package org.opensar.engine.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.MailboxParts;
import tools.jackson.databind.JsonNode;

/** A case with the copies councils make: what is written, and what the answer key says of it. */
class CouncilCopiesTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> CONTAINED = Set.of(
            "PASTED_INTO_CHRONOLOGY",
            "SUPERSEDED_BY_ADDENDUM",
            "QUOTED_IN_LATER_MESSAGE",
            "FORWARDED_WITH_ATTACHMENT",
            "ATTACHMENT_ALSO_FILED");

    @TempDir
    static Path temp;

    private static Path caseDir;
    private static AnswerKey key;
    private static Map<String, JsonNode> byFile;

    @BeforeAll
    static void generate() throws IOException {
        caseDir = temp.resolve("case");
        CaseFileGenerator.generate(new GeneratorOptions(31, 70, HeldOutMode.MIXED, Set.of(), CopyMix.COUNCIL), caseDir);
        key = AnswerKey.read(caseDir);
        byFile = key.documents().stream()
                .collect(Collectors.toMap(d -> d.get("file").asString(), Function.identity()));
    }

    @Test
    void everyCouncilStyleIsThere() {
        Set<String> hard = new HashSet<>();
        key.documents().forEach(d -> d.get("hard").forEach(h -> hard.add(h.asString())));
        assertThat(hard)
                .containsAll(Arrays.stream(HardCase.values()).map(Enum::name).toList());
        assertThat(key.documents()).hasSize(70);
    }

    @Test
    void theFirstDocumentsAreThoseOfABasicCase(@TempDir Path dir) throws IOException {
        CaseFileGenerator.generate(new GeneratorOptions(31, 70, HeldOutMode.MIXED), dir.resolve("basic"));
        List<JsonNode> basic = AnswerKey.read(dir.resolve("basic")).documents();

        assertThat(key.documents().subList(0, 25)).isEqualTo(basic.subList(0, 25));
    }

    @Test
    void everyKeyEntryIsAFileOrAMessageOfAMailboxOnDisk() throws IOException {
        Set<String> written;
        try (Stream<Path> files = Files.walk(caseDir.resolve("documents"))) {
            written = files.filter(Files::isRegularFile)
                    .map(f -> caseDir.relativize(f).toString())
                    .collect(Collectors.toSet());
        }
        Map<String, Long> messagesPerFile = key.documents().stream()
                .map(d -> d.get("file").asString())
                .collect(Collectors.groupingBy(MailboxParts::storedFile, Collectors.counting()));
        assertThat(messagesPerFile.keySet()).isEqualTo(written);
        for (String file : written) {
            if (file.endsWith(".mbox")) {
                long separators = Files.readAllLines(caseDir.resolve(file)).stream()
                        .filter(line -> line.startsWith("From "))
                        .count();
                assertThat(messagesPerFile.get(file)).isGreaterThan(1).isEqualTo(separators);
            }
        }
    }

    @Test
    void offsetsPointAtTheMarkedText() {
        for (JsonNode document : key.documents()) {
            String text = document.get("text").asString();
            for (String list : List.of("thirdParty", "keep")) {
                document.get(list)
                        .forEach(mark -> assertThat(text.substring(
                                        mark.get("start").asInt(),
                                        mark.get("end").asInt()))
                                .isEqualTo(mark.get("text").asString()));
            }
            assertThat(text).doesNotContain("{", "[[", "#PAGE#", "#PRINTED#", "#STAMP#");
        }
    }

    @Test
    void aRemovedDocumentIsWhollyInsideTheKeptDocumentItNames() {
        List<JsonNode> contained = key.documents().stream()
                .filter(d -> hard(d).stream().anyMatch(CONTAINED::contains))
                .toList();
        assertThat(contained).hasSizeGreaterThanOrEqualTo(5);
        for (JsonNode document : contained) {
            JsonNode holder = byFile.get(document.get("duplicateOf").asString());
            assertThat(holder.get("disposition").asString()).isEqualTo("DISCLOSE");
            assertThat(holder.get("duplicateOf").isNull()).isTrue();
            List<String> words = words(body(document));
            assertThat(shareOfTrigramsIn(words, words(holder.get("text").asString())))
                    .as(document.get("file").asString())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void aCopyHoldsItsOriginalsWordsInOrderBetweenItsAdditions() {
        for (JsonNode copy : withHard("PRINTED_COPY", "DATE_STAMPED_COPY", "NOTE_ADDED_COPY")) {
            String original =
                    byFile.get(copy.get("duplicateOf").asString()).get("text").asString();
            String dehyphenated = copy.get("text").asString().replaceAll("(\\p{L})-\n(\\p{L})", "$1$2");
            // a printout's header and footer come between the last line of a page and the first of the next
            double least = hard(copy).contains("PRINTED_COPY") ? 0.97 : 1.0;
            assertThat(shareOfTrigramsIn(words(original), words(dehyphenated))).isGreaterThanOrEqualTo(least);
        }
        for (JsonNode printout : withHard("PRINTED_COPY")) {
            assertThat(printout.get("text").asString()).contains("\n\n").matches("(?s).*(Print|print|ICS).*");
            assertThat(printout.get("text").asString().lines())
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(PageLayout.LINE_WIDTH));
        }
    }

    @Test
    void aScannedPrintoutIsPicturesWithTheScannersMisreadText() throws IOException {
        List<JsonNode> scans = withHard("SCANNED_PRINTOUT");
        assertThat(scans).isNotEmpty();
        for (JsonNode scan : scans) {
            assertThat(scan.get("format").asString()).isEqualTo("SEARCHABLE_SCAN");
            assertThat(scan.has("afterOcr")).isFalse();
            String original =
                    byFile.get(scan.get("duplicateOf").asString()).get("text").asString();
            double share =
                    shareOfTrigramsIn(words(original), words(scan.get("text").asString()));
            assertThat(share).isBetween(0.5, 0.999);
            try (PDDocument pdf =
                    Loader.loadPDF(caseDir.resolve(scan.get("file").asString()).toFile())) {
                for (PDPage page : pdf.getPages()) {
                    assertThat(page.getResources().getXObjectNames()).hasSize(1);
                }
                assertThat(AnswerKey.normalise(new PDFTextStripper().getText(pdf)))
                        .isEqualTo(AnswerKey.normalise(scan.get("text").asString()));
            }
        }
    }

    @Test
    void aCopyWithSomethingOfSubstanceAddedIsKeptAndHoldsTheOriginal() {
        for (JsonNode version : withHard("ADDS_SUBSTANTIVE_TEXT", "HOLDS_PASTED_NOTE")) {
            assertThat(version.get("disposition").asString()).isEqualTo("DISCLOSE");
            assertThat(version.get("duplicateOf").isNull()).isTrue();
            JsonNode original = key.documents().stream()
                    .filter(d -> version.get("file")
                            .asString()
                            .equals(d.get("duplicateOf").asString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(words(version.get("text").asString()).size()
                            - words(original.get("text").asString()).size())
                    .isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void messagesKeptOrRemovedByWhatTheLaterMessagesHold() {
        for (JsonNode quoted : withHard("QUOTED_IN_LATER_MESSAGE", "FORWARDED_WITH_ATTACHMENT")) {
            JsonNode holder = byFile.get(quoted.get("duplicateOf").asString());
            List<String> references = holder.get("mail")
                    .get("references")
                    .valueStream()
                    .map(JsonNode::asString)
                    .toList();
            assertThat(references).contains(quoted.get("mail").get("messageId").asString());
        }
        for (JsonNode kept : withHard("ATTACHMENT_NOT_IN_REPLY")) {
            assertThat(kept.get("duplicateOf").isNull()).isTrue();
            assertThat(kept.get("mail").get("attachment").isNull()).isFalse();
        }
        for (JsonNode kept : withHard("PARTIAL_QUOTE")) {
            assertThat(kept.get("duplicateOf").isNull()).isTrue();
        }
    }

    private static List<JsonNode> withHard(String... labels) {
        Set<String> wanted = Set.of(labels);
        return key.documents().stream()
                .filter(d -> hard(d).stream().anyMatch(wanted::contains))
                .toList();
    }

    private static List<String> hard(JsonNode document) {
        return document.get("hard").valueStream().map(JsonNode::asString).toList();
    }

    /** A message's text after its header lines; any other document's whole text. */
    private static String body(JsonNode document) {
        String text = document.get("text").asString();
        return document.has("mail") ? text.substring(text.indexOf("\n\n") + 2) : text;
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase()).results().map(r -> r.group()).toList();
    }

    private static double shareOfTrigramsIn(List<String> part, List<String> whole) {
        Set<String> in = new HashSet<>();
        for (int i = 0; i + 3 <= whole.size(); i++) {
            in.add(String.join(" ", whole.subList(i, i + 3)));
        }
        int found = 0;
        int all = 0;
        for (int i = 0; i + 3 <= part.size(); i++, all++) {
            found += in.contains(String.join(" ", part.subList(i, i + 3))) ? 1 : 0;
        }
        return all == 0 ? 1.0 : (double) found / all;
    }
}
