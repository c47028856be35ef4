package org.opensar.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.ReasonCode;

/** The bundle read back as a screen reader (and an accessibility checker) would: its structure tree and tags. */
class TaggedBundleTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final String VISIT = "Home visit. Jordan was pleased to see the IRO. Jane Doe rang on 07700 900123"
            + " about the section 20 agreement and said Jordan is settled at school.\n\n";
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "b", "S", "Do");

    @TempDir
    static Path dir;

    private static DisclosureBundleWriter.Outcome outcome;

    @BeforeAll
    static void writeABundleOfSeveralPages() throws IOException {
        String text = VISIT.repeat(60);
        List<ApprovedRedaction> redactions = new ArrayList<>();
        for (int at = text.indexOf("Jane Doe"); at >= 0; at = text.indexOf("Jane Doe", at + 1)) {
            redactions.add(new ApprovedRedaction(
                    "Jane Doe",
                    at,
                    at + 8,
                    1,
                    PersonalDataType.PERSON,
                    RedactionReason.THIRD_PARTY_NAME,
                    "officer A",
                    AT));
        }
        int phone = text.indexOf("07700 900123");
        redactions.add(new ApprovedRedaction(
                "07700 900123",
                phone,
                phone + 12,
                1,
                PersonalDataType.PHONE,
                RedactionReason.THIRD_PARTY_CONTACT_DETAILS,
                "officer A",
                AT));
        BundleDocument note = new BundleDocument(
                new CaseDocument(
                        "note.txt",
                        Path.of("note.txt"),
                        1,
                        new DocumentMetadata("Case note", null, LocalDate.of(2019, 3, 4), null, null)),
                "Case note",
                Decision.of(ReasonCode.CASE_NOTE, List.of(), 0.9, ""),
                "opensar policy",
                AT,
                redactions);
        BundleRequest request = new BundleRequest(
                new CaseDescription(
                        "SAR-2026-0042", new DataSubject("Jordan Ellis", List.of(), null), List.of(), List.of()),
                List.of(note),
                CoveringLetter.defaults(),
                LocalDate.of(2026, 11, 23));
        outcome = new DisclosureBundleWriter(
                        d -> new ExtractedDocument(d.file(), List.of(text), Map.of(), ExtractionOutcome.EXTRACTED, ""))
                .write(request, dir);
        assertThat(outcome.verification().findings()).isEmpty();
    }

    @Test
    void isMarkedWithATitleShownInsteadOfTheFileName() throws IOException {
        try (PDDocument pdf = load()) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Your records, reference SAR-2026-0042");
            assertThat(pdf.getDocumentInformation().getCOSObject().keySet()).containsExactly(COSName.TITLE);
            COSDictionary root = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            assertThat(type(first(root.getDictionaryObject(COSName.K)))).isEqualTo("Document");
        }
    }

    @Test
    void everyPieceOfPageContentIsInAMarkedSequenceTheParentTreeLinksToItsElement() throws IOException {
        try (PDDocument pdf = load()) {
            COSDictionary parentTree = pdf.getDocumentCatalog()
                    .getStructureTreeRoot()
                    .getParentTree()
                    .getCOSObject();
            int number = 0;
            for (PDPage page : pdf.getPages()) {
                number++;
                List<Integer> mcids = markedContentIds(page, number);
                assertThat(mcids).as("page %d", number).isNotEmpty();
                COSArray parents = (COSArray) lookUp(parentTree, page.getStructParents());
                assertThat(parents).as("page %d", number).isNotNull();
                assertThat(parents.size()).isEqualTo(mcids.size());
                for (int mcid : mcids) {
                    COSDictionary element = (COSDictionary) resolve(parents.get(mcid));
                    assertThat(kidsOn(element, page.getCOSObject()))
                            .as("page %d MCID %d", number, mcid)
                            .contains(mcid);
                }
            }
            assertThat(number).isGreaterThan(8);
        }
    }

    @Test
    void headingsListsAndTablesAreTaggedAsSuch() throws IOException {
        try (PDDocument pdf = load()) {
            Map<String, Set<String>> typeOfText = typeOfText(pdf);
            assertThat(typeOfText)
                    .containsEntry("Your records", Set.of("H1"))
                    .containsEntry("About your records", Set.of("H1"))
                    .containsEntry("Why we hold your information", Set.of("H2"))
                    .containsEntry("What we removed and why", Set.of("H1"))
                    .containsEntry("Key to the boxes", Set.of("H2"))
                    .containsEntry("Index of documents", Set.of("H1"))
                    .containsEntry("Case note", Set.of("H1", "TD"))
                    .containsEntry("Starts on", Set.of("TH"))
                    .containsEntry("•", Set.of("Lbl"));
            assertThat(typeOfText.get("TPC")).contains("TH", "Span");
            List<COSDictionary> elements = elements(pdf);
            Set<String> types = elements.stream().map(TaggedBundleTest::type).collect(Collectors.toSet());
            assertThat(types)
                    .contains("Document", "Part", "Sect", "H1", "H2", "P", "L", "LI", "Lbl", "LBody")
                    .contains("Table", "TR", "TH", "TD", "Span");
            assertThat(types.stream().filter(t -> t.matches("H\\d?"))).containsOnly("H1", "H2");
            assertThat(elements.stream().filter(e -> type(e).equals("TH")).map(TaggedBundleTest::scope))
                    .contains("Row", "Column")
                    .doesNotContainNull();
        }
    }

    @Test
    void eachBoxSaysWhatKindOfInformationItCoversAndNothingRemovedIsInTheTree() throws IOException {
        try (PDDocument pdf = load()) {
            List<COSDictionary> spans =
                    elements(pdf).stream().filter(e -> type(e).equals("Span")).toList();
            assertThat(spans).hasSize(outcome.rendered().redactions().size());
            assertThat(spans.stream().map(s -> s.getString(COSName.ACTUAL_TEXT)))
                    .contains("Redacted: third party's name (TP)", "Redacted: third party's contact details (TPC)")
                    .allMatch(s -> s.matches("Redacted: [a-z' ]+ \\(TP[A-Z]?\\)"));
            assertThat(spans.stream().map(s -> s.getString(COSName.ALT))).doesNotContainNull();
            String strings = String.join("\n", treeStrings(pdf));
            assertThat(strings).contains("Redacted").doesNotContain("Jane", "Doe", "07700", "900123");
        }
    }

    @Test
    void anElementsTextReadsOnAcrossLineBreaks() throws IOException {
        try (PDDocument pdf = load()) {
            assertThat(textOfElements(pdf))
                    .anyMatch(t -> t.contains("(a subject access request under Article 15 of the UK GDPR)"))
                    .anyMatch(t -> t.contains("Jordan was pleased to see the IRO."));
        }
    }

    // --- reading the file back ---

    /** Each element's text as a reader that follows the tags gets it: its marked content, in order, joined. */
    static List<String> textOfElements(PDDocument pdf) throws IOException {
        COSDictionary parentTree =
                pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree().getCOSObject();
        Map<COSBase, StringBuilder> texts = new IdentityHashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            COSArray parents = (COSArray) lookUp(parentTree, page.getStructParents());
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    texts.computeIfAbsent(resolve(parents.get(content.getMCID())), e -> new StringBuilder())
                            .append(content.getContents().stream()
                                    .filter(TextPosition.class::isInstance)
                                    .map(p -> ((TextPosition) p).getUnicode())
                                    .collect(Collectors.joining()));
                }
            }
        }
        return texts.values().stream().map(StringBuilder::toString).toList();
    }

    private static PDDocument load() throws IOException {
        return Loader.loadPDF(outcome.bundle().toFile());
    }

    /** The MCIDs of a page in order, failing on any text, fill or image outside a marked sequence or artifact. */
    static List<Integer> markedContentIds(PDPage page, int number) throws IOException {
        List<Integer> mcids = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (operator.getName()) {
                case "BDC" -> {
                    COSDictionary properties = (COSDictionary) operands.get(1);
                    mcids.add(properties.getInt(COSName.MCID));
                    open.push("MCID");
                }
                case "BMC" -> open.push(((COSName) operands.get(0)).getName());
                case "EMC" -> open.pop();
                default -> {
                    if (PAINTING.contains(operator.getName())) {
                        assertThat(open)
                                .as("page %d: %s outside marked content", number, operator.getName())
                                .isNotEmpty()
                                .containsAnyOf("MCID", "Artifact");
                    }
                }
            }
            operands.clear();
        }
        assertThat(open).isEmpty();
        return mcids;
    }

    private static COSBase lookUp(COSDictionary node, int key) {
        COSArray numbers = node.getCOSArray(COSName.NUMS);
        if (numbers != null) {
            for (int i = 0; i + 1 < numbers.size(); i += 2) {
                if (((COSInteger) resolve(numbers.get(i))).intValue() == key) {
                    return resolve(numbers.get(i + 1));
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (COSBase kid : kids) {
                COSBase found = lookUp((COSDictionary) resolve(kid), key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The MCIDs an element claims on {@code page}: integer kids on its own page, marked-content references. */
    private static List<Integer> kidsOn(COSDictionary element, COSDictionary page) {
        List<Integer> found = new ArrayList<>();
        COSBase k = resolve(element.getDictionaryObject(COSName.K));
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            array.forEach(kids::add);
        } else if (k != null) {
            kids.add(k);
        }
        for (COSBase kid : kids) {
            kid = resolve(kid);
            if (kid instanceof COSInteger mcid && element.getDictionaryObject(COSName.PG) == page) {
                found.add(mcid.intValue());
            } else if (kid instanceof COSDictionary reference
                    && "MCR".equals(reference.getNameAsString(COSName.TYPE))
                    && reference.getDictionaryObject(COSName.PG) == page) {
                found.add(reference.getInt(COSName.MCID));
            }
        }
        return found;
    }

    /** For each marked sequence's text, the type of the element the parent tree says it belongs to. */
    private static Map<String, Set<String>> typeOfText(PDDocument pdf) throws IOException {
        COSDictionary parentTree =
                pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree().getCOSObject();
        Map<String, Set<String>> types = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            COSArray parents = (COSArray) lookUp(parentTree, page.getStructParents());
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    String text = content.getContents().stream()
                            .filter(TextPosition.class::isInstance)
                            .map(p -> ((TextPosition) p).getUnicode())
                            .collect(Collectors.joining())
                            .strip();
                    types.computeIfAbsent(text, t -> new TreeSet<>())
                            .add(type((COSDictionary) resolve(parents.get(content.getMCID()))));
                }
            }
        }
        return types;
    }

    static List<COSDictionary> elements(PDDocument pdf) {
        List<COSDictionary> elements = new ArrayList<>();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K));
        while (!todo.isEmpty()) {
            COSBase base = resolve(todo.pop());
            if (base instanceof COSArray array) {
                array.forEach(todo::push);
            } else if (base instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S)) {
                elements.add(dictionary);
                if (dictionary.containsKey(COSName.K)) {
                    todo.push(dictionary.getDictionaryObject(COSName.K));
                }
            }
        }
        return elements;
    }

    private static List<String> treeStrings(PDDocument pdf) {
        List<String> strings = new ArrayList<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject());
        while (!todo.isEmpty()) {
            COSBase base = resolve(todo.pop());
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSString string) {
                strings.add(string.getString());
            } else if (base instanceof COSArray array) {
                array.forEach(todo::push);
            } else if (base instanceof COSDictionary dictionary) {
                dictionary.keySet().stream()
                        .filter(key -> !key.equals(COSName.P) && !key.equals(COSName.PG))
                        .forEach(key -> todo.push(dictionary.getItem(key)));
            }
        }
        return strings;
    }

    /** A table header's /Scope, from its attribute object (alone, or in an array with revision numbers). */
    private static String scope(COSDictionary header) {
        COSBase attributes = resolve(header.getDictionaryObject(COSName.A));
        List<COSBase> candidates = new ArrayList<>();
        if (attributes instanceof COSArray array) {
            array.forEach(candidates::add);
        } else {
            candidates.add(attributes);
        }
        return candidates.stream()
                .map(TaggedBundleTest::resolve)
                .filter(COSDictionary.class::isInstance)
                .map(a -> ((COSDictionary) a).getNameAsString("Scope"))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static COSBase first(COSBase k) {
        COSBase resolved = resolve(k);
        return resolved instanceof COSArray array ? resolve(array.get(0)) : resolved;
    }

    private static String type(COSBase element) {
        return ((COSDictionary) element).getNameAsString(COSName.S);
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
