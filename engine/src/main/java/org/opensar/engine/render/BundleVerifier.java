package org.opensar.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.MarkedContentPointWithProperties;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.WordOcr;

/**
 * Checks a bundle before it is released, as someone trying to undo the redactions would: the text a PDF reader
 * extracts (white, tiny, hidden or rotated text included), every string and every decoded stream in the file
 * (annotations, metadata, form fields and attachments included), and earlier revisions. It fails on any text
 * approved for redaction, on the distinctive text of any withheld document, and on any place where text could hide
 * that a bundle should not have. The strings of the structure tree (Alt, ActualText, E, T: what a screen reader
 * says) and of marked-content properties in page content are checked too, and every page image is read by OCR.
 */
public final class BundleVerifier {

    private static final List<COSName> FONT_PROGRAM = List.of(COSName.LENGTH1, COSName.LENGTH2, COSName.LENGTH3);

    /**
     * Page content shows its text as two-byte glyph numbers, and a font maps glyph numbers to characters, which read
     * as bytes spell short words by chance ("MSj", "Eto" in a clean bundle of Tika's test files): their raw bytes are
     * searched for longer texts only, and the text a reader gets from them, where every text is searched, above. So
     * are an image's compressed samples, whose pixels OCR reads, and the byte offsets of a cross-reference stream
     * ("TIA" and "Tym" in Tika's test files' bundle).
     */
    private static final int SHORT = 5;

    private final WordOcr ocr;

    /** Reads page images with tesseract from the PATH. */
    public BundleVerifier() {
        this(new WordOcr(ExtractionSettings.DEFAULT));
    }

    /** Reads page images (a scan's, with its boxes burned in) with {@code ocr}, for text left visible in the pixels. */
    public BundleVerifier(WordOcr ocr) {
        this.ocr = ocr;
    }

    public Verification verify(Path pdf, RedactedTerms terms, List<WithheldText> withheld) throws IOException {
        List<String> findings = new ArrayList<>();
        int revisions = count(Files.readAllBytes(pdf), "%%EOF".getBytes(StandardCharsets.US_ASCII));
        if (revisions != 1) {
            findings.add("the file has " + revisions + " revisions; an earlier one may hold removed text");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            structure(document, findings);
            new StructureTreeScan(terms, findings).scan(document);
            pageText(document, terms, withheld, findings);
            images(document, terms, findings);
            RedactedTerms longer = terms.inBinary(SHORT);
            Set<COSBase> chance = glyphStreams(document);
            for (Map.Entry<COSObjectKey, Long> entry :
                    document.getDocument().getXrefTable().entrySet()) {
                COSBase object =
                        document.getDocument().getObjectFromPool(entry.getKey()).getObject();
                RedactedTerms searched = chance.contains(object) || binary(object) ? longer : terms;
                scan(object, "object " + entry.getKey(), searched, findings, 0);
            }
        }
        return new Verification(findings);
    }

    private static void structure(PDDocument document, List<String> findings) {
        COSDictionary info = document.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
        if (info != null) {
            info.keySet().stream()
                    .filter(key -> !key.equals(COSName.TITLE))
                    .forEach(key -> findings.add("document information (Info) has " + key.getName()));
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        COSDictionary root = catalog.getCOSObject();
        for (COSName name :
                List.of(COSName.METADATA, COSName.ACRO_FORM, COSName.NAMES, COSName.OUTLINES, COSName.OPEN_ACTION)) {
            if (root.containsKey(name)) {
                findings.add("the catalog has " + name.getName());
            }
        }
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            if (page.getCOSObject().containsKey(COSName.ANNOTS)) {
                findings.add("page " + number + " has annotations");
            }
            if (page.getCOSObject().containsKey(COSName.METADATA)) {
                findings.add("page " + number + " has metadata");
            }
        }
    }

    private static void pageText(
            PDDocument document, RedactedTerms terms, List<WithheldText> withheld, List<String> findings)
            throws IOException {
        Map<Long, List<WithheldText>> byRun = WithheldText.byRun(withheld);
        Map<WithheldText, Set<Long>> seen = new HashMap<>();
        Deque<String> window = new ArrayDeque<>();
        StringWriter text = new StringWriter();
        PDFTextStripper stripper = new PDFTextStripper() {
            {
                addOperator(new BeginMarkedContentSequenceWithProperties(this));
                addOperator(new MarkedContentPointWithProperties(this));
            }

            @Override
            public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
                markedContent(properties);
            }

            @Override
            public void markedContentPoint(COSName tag, COSDictionary properties) {
                markedContent(properties);
            }

            /** ActualText, Alt or E in a content stream's marked-content properties, as a hex string or not. */
            private void markedContent(COSDictionary properties) {
                if (properties != null) {
                    properties.getValues().stream()
                            .filter(COSString.class::isInstance)
                            .forEach(value -> check(
                                    ((COSString) value).getString(),
                                    "the marked-content properties of page " + getCurrentPageNo(),
                                    terms,
                                    findings));
                }
            }

            @Override
            protected void endPage(PDPage page) throws IOException {
                super.endPage(page);
                String pageText = text.toString();
                text.getBuffer().setLength(0);
                for (RedactedTerms.Occurrence occurrence : terms.find(pageText)) {
                    findings.add(
                            "redacted text \"" + occurrence.term() + "\" is in the text of page " + getCurrentPageNo());
                }
                for (Words.Word word : Words.of(pageText)) {
                    WithheldText.roll(
                            window,
                            word.folded(),
                            run -> byRun.getOrDefault(run, List.of())
                                    .forEach(w -> seen.computeIfAbsent(w, k -> new HashSet<>())
                                            .add(run)));
                }
            }
        };
        stripper.setSortByPosition(false);
        stripper.writeText(document, text);
        seen.forEach((w, runs) -> {
            if (runs.size() >= w.threshold()) {
                findings.add("text of withheld document " + w.file() + " is in the bundle (" + runs.size() + " of "
                        + w.runs().size() + " sampled passages)");
            }
        });
    }

    /** The page contents of every page and the character maps of every font the pages use. */
    private static Set<COSBase> glyphStreams(PDDocument document) throws IOException {
        Set<COSBase> streams = new HashSet<>();
        for (PDPage page : document.getPages()) {
            page.getContentStreams().forEachRemaining(stream -> streams.add(stream.getCOSObject()));
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                COSDictionary font = resources.getFont(name).getCOSObject();
                streams.add(font.getDictionaryObject(COSName.TO_UNICODE));
                if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants
                        && descendants.getObject(0) instanceof COSDictionary descendant) {
                    streams.add(descendant.getDictionaryObject(COSName.CID_TO_GID_MAP));
                }
            }
        }
        streams.remove(null);
        return streams;
    }

    /** Every image in the file read by OCR, as someone would read the picture: a name left visible is a leak. */
    private void images(PDDocument document, RedactedTerms terms, List<String> findings) throws IOException {
        for (Map.Entry<COSStream, String> image :
                BundleImages.of(document).located().entrySet()) {
            if (!ocr.available()) {
                findings.add(image.getValue() + " cannot be read without tesseract");
                continue;
            }
            try {
                PDImageXObject picture = new PDImageXObject(new PDStream(image.getKey()), null);
                String seen = ocr.read(picture.getImage()).stream()
                        .map(WordOcr.Word::text)
                        .collect(Collectors.joining(" "));
                check(seen, image.getValue(), terms, findings);
            } catch (IOException e) {
                findings.add(image.getValue() + " cannot be read: " + e.getMessage());
            }
        }
    }

    /** An image's compressed samples, or a cross-reference stream's table of byte offsets. */
    private static boolean binary(COSBase object) {
        return object instanceof COSStream stream
                && (COSName.XREF.equals(stream.getCOSName(COSName.TYPE))
                        || BundleImages.isImage(stream) && !BundleImages.isJpeg(stream));
    }

    private static void scan(COSBase base, String where, RedactedTerms terms, List<String> findings, int depth)
            throws IOException {
        if (base == null || depth > 8) {
            return;
        }
        if (base instanceof COSString string) {
            check(string.getString(), where, terms, findings);
        } else if (base instanceof COSStream stream) {
            if (FONT_PROGRAM.stream().noneMatch(stream::containsKey)) {
                try {
                    byte[] bytes = BundleImages.isImage(stream) ? BundleImages.storedText(stream) : decoded(stream);
                    check(new String(bytes, StandardCharsets.ISO_8859_1), where + " stream", terms, findings);
                    check(new String(bytes, StandardCharsets.UTF_8), where + " stream", terms, findings);
                    check(new String(bytes, StandardCharsets.UTF_16BE), where + " stream", terms, findings);
                } catch (IOException e) {
                    findings.add(where + " has a stream that cannot be decoded: " + e.getMessage());
                }
            }
            scanDictionary(stream, where, terms, findings, depth);
        } else if (base instanceof COSDictionary dictionary) {
            scanDictionary(dictionary, where, terms, findings, depth);
        } else if (base instanceof COSArray array) {
            for (COSBase item : array) {
                if (!(item instanceof COSObject)) {
                    scan(item, where, terms, findings, depth + 1);
                }
            }
        }
    }

    private static byte[] decoded(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void scanDictionary(
            COSDictionary dictionary, String where, RedactedTerms terms, List<String> findings, int depth)
            throws IOException {
        for (COSBase value : dictionary.getValues()) {
            if (!(value instanceof COSObject)) {
                scan(value, where, terms, findings, depth + 1);
            }
        }
    }

    static void check(String text, String where, RedactedTerms terms, List<String> findings) {
        for (RedactedTerms.Occurrence occurrence : terms.find(text)) {
            findings.add("redacted text \"" + occurrence.term() + "\" is in " + where);
        }
    }

    private static int count(byte[] haystack, byte[] needle) {
        int found = 0;
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            found++;
        }
        return found;
    }
}
