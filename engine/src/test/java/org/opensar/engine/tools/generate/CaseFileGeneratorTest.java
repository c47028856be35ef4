package org.opensar.engine.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDescriptionReader;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import tools.jackson.databind.JsonNode;

class CaseFileGeneratorTest {

    private static final long SEED = 18;

    @TempDir
    static Path temp;

    private static Path caseDir;
    private static AnswerKey key;
    private static CaseDescription description;

    @BeforeAll
    static void generate() throws IOException {
        caseDir = temp.resolve("case");
        CaseFileGenerator.generate(new GeneratorOptions(SEED, 60, HeldOutMode.MIXED), caseDir);
        key = AnswerKey.read(caseDir);
        description = CaseDescriptionReader.read(caseDir.resolve("case.json"));
    }

    @Test
    void theSameSeedGivesTheSameFilesAndKey(@TempDir Path other) throws IOException {
        CaseFileGenerator.generate(new GeneratorOptions(SEED, 60, HeldOutMode.MIXED), other.resolve("again"));
        CaseFileGenerator.generate(new GeneratorOptions(SEED + 1, 60, HeldOutMode.MIXED), other.resolve("next"));

        Map<Path, byte[]> first = contents(caseDir);
        Map<Path, byte[]> again = contents(other.resolve("again"));
        assertThat(again.keySet()).isEqualTo(first.keySet());
        first.forEach(
                (file, bytes) -> assertThat(again.get(file)).as(file.toString()).isEqualTo(bytes));
        assertThat(Files.readString(other.resolve("next/answer-key.json")))
                .isNotEqualTo(Files.readString(caseDir.resolve("answer-key.json")));
    }

    @Test
    void everyKindFormatDispositionAndHardCaseIsThere() {
        List<JsonNode> documents = key.documents();
        assertThat(documents).hasSize(60);
        assertThat(values(documents, "kind"))
                .containsAll(Arrays.stream(DocumentKind.values())
                        .map(DocumentKind::id)
                        .toList());
        assertThat(values(documents, "format"))
                .containsAll(Arrays.stream(DocumentFormat.values())
                        .filter(f -> f != DocumentFormat.SEARCHABLE_SCAN && f != DocumentFormat.MBOX)
                        .map(Enum::name)
                        .toList())
                .doesNotContain("SEARCHABLE_SCAN", "MBOX");
        assertThat(values(documents, "disposition"))
                .containsExactlyInAnyOrder("DISCLOSE", "WITHHOLD", "REMOVE", "REVIEW");
        assertThat(values(documents, "reason"))
                .contains(
                        "THIRD_PARTY_SOURCE",
                        "COURT",
                        "FINANCIAL",
                        "ADMIN",
                        "NOT_MEANINGFUL",
                        "DUPLICATE",
                        "NON_PROFESSIONAL",
                        "NEEDS_OCR",
                        "CASE_NOTE",
                        "PLACEMENT_LOG",
                        "SCHOOL_WITH_SOCIAL_CARE");
        Set<String> hard = new HashSet<>();
        documents.forEach(d -> d.get("hard").forEach(h -> hard.add(h.asString())));
        assertThat(hard)
                .contains(
                        "EXACT_COPY",
                        "OTHER_FORMAT_COPY",
                        "PRINT_HEADER_COPY",
                        "REFLOWED_COPY",
                        "SAME_FORM",
                        "MISLEADING_METADATA",
                        "SCANNED");
        assertThat(values(documents, "heldOut")).containsExactlyInAnyOrder("true", "false");
    }

    @Test
    void everyFileIsListedInTheKeyAndInDocumentsJson() throws IOException {
        Set<String> written;
        try (Stream<Path> files = Files.walk(caseDir.resolve("documents"))) {
            written = files.filter(Files::isRegularFile)
                    .map(f -> caseDir.relativize(f).toString())
                    .collect(Collectors.toSet());
        }
        assertThat(values(key.documents(), "file")).isEqualTo(written);
        JsonNode index = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(caseDir.resolve("documents.json").toFile());
        Set<String> listed = new HashSet<>();
        index.forEach(entry -> {
            listed.add(entry.get("file").asString());
            assertThat(entry.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
        assertThat(listed).isEqualTo(written);
    }

    @Test
    void offsetsPointAtTheMarkedText() {
        for (JsonNode document : key.documents()) {
            String text = document.get("text").asString();
            for (String list : List.of("thirdParty", "keep")) {
                document.get(list).forEach(mark -> {
                    int start = mark.get("start").asInt();
                    int end = mark.get("end").asInt();
                    assertThat(start).isLessThan(end);
                    assertThat(text.substring(start, end))
                            .isEqualTo(mark.get("text").asString());
                });
            }
            assertThat(text).doesNotContain("{", "[[");
            assertThat(document.get("pages").asInt()).isPositive();
        }
    }

    @Test
    void everyThirdPartyMarkCoversAWholeValueOfItsType() {
        Map<String, Person> people =
                description.people().stream().collect(Collectors.toMap(Person::name, Function.identity()));
        Map<String, String> shapes = Map.of(
                "PHONE", "[+(]?[0-9][0-9 ()]{9,15}[0-9]",
                "EMAIL", "[a-z0-9.]+@example\\.(com|net|org)",
                "POSTCODE", "[A-Z]{1,2}\\d{1,2} \\d[A-Z]{2}",
                "ADDRESS", "\\d+ [\\p{L} ]+, \\p{L}+",
                "NI_NUMBER", "[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]",
                "VEHICLE_REGISTRATION", "[A-Z]{2}\\d{2} [A-Z]{3}",
                "BANK_DETAILS", "\\d{2}-\\d{2}-\\d{2}|\\d{8}",
                "DATE_OF_BIRTH", "\\d{2}/\\d{2}/\\d{4}|\\d{1,2} \\p{L}+ \\d{4}");
        for (JsonNode mark : key.marks("thirdParty")) {
            // a reflowed copy breaks lines at spaces, inside a value too: the value is still whole
            String text = mark.get("text").asString().replaceAll("\\s+", " ");
            String type = mark.get("type").asString();
            switch (type) {
                case "PERSON" -> {
                    Person person = people.get(mark.get("person").asString());
                    assertThat(List.of(
                                    person.name(),
                                    person.name().substring(0, person.name().lastIndexOf(' ')),
                                    person.aliases().get(0)))
                            .contains(text);
                }
                case "NHS_NUMBER" ->
                    assertThat(UkIdentifiersTest.validNhsNumber(text)).as(text).isTrue();
                default -> assertThat(text).as(type).matches(shapes.get(type));
            }
        }
        assertThat(key.marks("thirdParty").stream().map(m -> m.get("type").asString()))
                .contains("PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "NHS_NUMBER", "DATE_OF_BIRTH");
    }

    @Test
    void caseJsonReadsBackWithEveryCategory() {
        assertThat(description.subject().name())
                .isEqualTo(key.root().get("subject").asString());
        assertThat(description.subject().dateOfBirth()).isNotNull();
        assertThat(description.people().stream().map(Person::category)).contains(PersonCategory.values());
        assertThat(description.people().stream().map(Person::name)).containsAll(description.knownToRequester());
        assertThat(description.knownToRequester()).isNotEmpty();
    }

    @Test
    void relativesNamesGoUnlessTheRequesterGaveThemButTheirDetailsAlwaysGo() {
        Set<String> known = Set.copyOf(description.knownToRequester());
        Map<String, Person> people =
                description.people().stream().collect(Collectors.toMap(Person::name, Function.identity()));
        for (JsonNode mark : key.marks("thirdParty")) {
            String person = mark.get("person").asString();
            assertThat(people).containsKey(person);
            assertThat(people.get(person).category())
                    .isIn(PersonCategory.FAMILY, PersonCategory.CARER, PersonCategory.OTHER);
            if (mark.get("type").asString().equals("PERSON")) {
                assertThat(known).doesNotContain(person);
            }
        }
        assertThat(key.marks("thirdParty"))
                .anySatisfy(
                        mark -> assertThat(known).contains(mark.get("person").asString()));
        List<JsonNode> keptKnown = key.marks("keep").stream()
                .filter(m -> m.get("why").asString().equals("KNOWN_TO_REQUESTER"))
                .toList();
        assertThat(keptKnown).isNotEmpty();
        Set<String> knownForms = new HashSet<>();
        known.forEach(name -> {
            knownForms.add(name);
            knownForms.add(name.substring(0, name.indexOf(' ')));
            knownForms.addAll(people.get(name).aliases());
        });
        // a reflowed copy may break a name across lines
        keptKnown.forEach(
                m -> assertThat(knownForms).contains(m.get("text").asString().replaceAll("\\s+", " ")));
    }

    @Test
    void subjectStaffRelationshipWordsAndOrdinaryWordsAreKept() {
        Set<String> staff = description.people().stream()
                .filter(p -> p.category() == PersonCategory.COUNCIL_STAFF)
                .map(Person::name)
                .collect(Collectors.toSet());
        Map<String, Set<String>> kept = key.marks("keep").stream()
                .collect(Collectors.groupingBy(
                        m -> m.get("why").asString(),
                        Collectors.mapping(m -> m.get("text").asString(), Collectors.toSet())));
        assertThat(kept.get("SUBJECT")).contains(description.subject().name());
        assertThat(kept.get("STAFF")).containsAnyElementsOf(staff);
        assertThat(kept.get("RELATIONSHIP_WORD")).contains("Mum", "mother", "Nan");
        assertThat(kept.get("ORDINARY_WORD"))
                .allSatisfy(word -> assertThat(word).matches("\\p{L}+"));
        assertThat(kept.get("ORDINARY_WORD")).containsAnyOf("will", "hope", "young");
    }

    @Test
    void copiesPointAtAnEarlierDisclosedOriginal() {
        Map<String, JsonNode> byFile = key.documents().stream()
                .collect(Collectors.toMap(d -> d.get("file").asString(), Function.identity()));
        List<JsonNode> copies = key.documents().stream()
                .filter(d -> d.get("reason").asString().equals("DUPLICATE"))
                .toList();
        assertThat(copies).isNotEmpty();
        for (JsonNode copy : copies) {
            JsonNode original = byFile.get(copy.get("duplicateOf").asString());
            assertThat(original.get("disposition").asString()).isEqualTo("DISCLOSE");
            assertThat(copy.get("disposition").asString()).isEqualTo("REMOVE");
            String text = copy.get("text").asString();
            String originalText = original.get("text").asString();
            switch (copy.get("hard").get(0).asString()) {
                case "PRINT_HEADER_COPY" ->
                    assertThat(text).startsWith("Printed by ").endsWith(originalText);
                case "REFLOWED_COPY" -> {
                    assertThat(text).isNotEqualTo(originalText);
                    assertThat(AnswerKey.normalise(text)).isEqualTo(AnswerKey.normalise(originalText));
                }
                default -> assertThat(text).isEqualTo(originalText);
            }
        }
    }

    @Test
    void shortMeaningfulLogEntriesAreKept() {
        assertThat(key.documents())
                .filteredOn(d -> d.get("hard").toString().contains("SHORT_MEANINGFUL"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.get("kind").asString()).isEqualTo("placement-log"));
        assertThat(key.documents())
                .filteredOn(d -> d.get("kind").asString().equals("placement-log-routine")
                        && d.get("duplicateOf").isNull()
                        && !d.get("format").asString().equals("SCANNED_PDF"))
                .allSatisfy(d -> assertThat(d.get("reason").asString()).isEqualTo("NOT_MEANINGFUL"));
    }

    @Test
    void heldOutModesChooseThePhrasingFamily(@TempDir Path dir) throws IOException {
        CaseFileGenerator.generate(new GeneratorOptions(5, 30, HeldOutMode.ONLY), dir.resolve("only"));
        CaseFileGenerator.generate(new GeneratorOptions(5, 30, HeldOutMode.EXCLUDE), dir.resolve("exclude"));

        assertThat(values(AnswerKey.read(dir.resolve("only")).documents(), "heldOut"))
                .containsExactly("true");
        assertThat(values(AnswerKey.read(dir.resolve("exclude")).documents(), "heldOut"))
                .containsExactly("false");
    }

    @Test
    void tuningCasesDrawOnSeveralTuningFamilies(@TempDir Path dir) throws IOException {
        CaseFileGenerator.generate(new GeneratorOptions(5, 300, HeldOutMode.EXCLUDE), dir);

        List<String> caseNotes = AnswerKey.read(dir).documents().stream()
                .filter(d -> d.get("kind").asString().equals("case-note")
                        && d.get("duplicateOf").isNull()
                        && !d.get("format").asString().equals("SCANNED_PDF"))
                .map(d -> d.get("text").asString())
                .toList();
        assertThat(caseNotes).anyMatch(text -> text.contains("Case Note    Case reference:"));
        assertThat(caseNotes).anyMatch(text -> text.contains("VISIT RECORD ("));
    }

    @Test
    void someSeedsLeaveOutDocumentsJson(@TempDir Path dir) throws IOException {
        CaseFileGenerator.generate(new GeneratorOptions(4, 3, HeldOutMode.MIXED), dir.resolve("case"));

        assertThat(dir.resolve("case/documents.json")).doesNotExist();
        assertThat(dir.resolve("case/answer-key.json")).exists();
    }

    @Test
    void refusesADirectoryThatIsNotEmpty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> CaseFileGenerator.generate(new GeneratorOptions(1, 1, null), dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
    }

    private static Set<String> values(List<JsonNode> documents, String field) {
        return documents.stream().map(d -> d.get(field).asString()).collect(Collectors.toSet());
    }

    private static Map<Path, byte[]> contents(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(dir::relativize, f -> {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
