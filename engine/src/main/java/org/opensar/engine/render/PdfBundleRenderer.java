package org.opensar.engine.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.policy.Disposition;

/**
 * Renders the bundle with PDFBox: the disclosed documents first, each re-extracted and typeset on its own, or for a
 * scan rasterised with its boxes burned in ({@link RenderMode}, {@link Rasteriser}), with page
 * content cached in a temporary file so memory stays flat; then the front matter, moved before them; then page
 * numbers. The file is a tagged PDF in en-GB (see {@link StructureTree}) with a title, and has no other document
 * information, no XMP, no annotations, outlines, forms or attachments.
 */
public final class PdfBundleRenderer implements BundleRenderer {

    private final TextExtractor extractor;
    private final Rasteriser rasteriser;

    /** Rasterises scans with tesseract from the PATH, as extraction does by default. */
    public PdfBundleRenderer(TextExtractor extractor) {
        this(extractor, new WordOcr(ExtractionSettings.DEFAULT));
    }

    public PdfBundleRenderer(TextExtractor extractor, WordOcr ocr) {
        this.extractor = extractor;
        this.rasteriser = new Rasteriser(ocr);
    }

    @Override
    public RenderedBundle render(BundleRequest request, Path pdf) throws IOException {
        return render(request, pdf, RenderProgress.NONE);
    }

    @Override
    public RenderedBundle render(BundleRequest request, Path pdf, RenderProgress progress) throws IOException {
        RedactedTerms terms = request.redactedTerms();
        TextRedactor redactor = new TextRedactor(terms, standingRedactions(request));
        Glossary glossary = new Glossary();
        List<RenderedBundle.IndexEntry> index = new ArrayList<>();
        List<String> awaiting = new ArrayList<>();
        List<PlacedRedaction> placed = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Fonts fonts = Fonts.load(document);
            StructureTree tags = new StructureTree();
            PDStructureElement front = StructureTree.element(tags.document(), "Part");
            PDStructureElement records = StructureTree.element(tags.document(), "Part");
            ScannedPage scanned = new ScannedPage(document, fonts, tags);
            try (Typesetter t = new Typesetter(document, fonts, tags, records);
                    ReadAhead documents =
                            new ReadAhead(inDateOrder(request.documents()), extractor, rasteriser, redactor)) {
                for (int done = 1; documents.hasNext(); progress.rendered(done++, documents.size())) {
                    ReadAhead.Read read = documents.next();
                    BundleDocument item = read.item();
                    ExtractedDocument extracted = read.extracted();
                    if (!extracted.outcome().usable()) {
                        awaiting.add(plain(redactor, item.title()));
                        unreadable.add(item.document().file() + ": " + extracted.outcome());
                        continue;
                    }
                    String text = extracted.fullText();
                    glossary.scan(text);
                    Optional<List<Rasteriser.PageRead>> raster = read.scan();
                    read.why().forEach(w -> notes.add(item.document().file() + ": typeset, not rasterised: " + w));
                    t.newPage();
                    t.open("Sect");
                    String title = plain(redactor, item.title());
                    index.add(new RenderedBundle.IndexEntry(
                            item.document().file(),
                            title,
                            t.page(),
                            raster.isPresent() ? RenderMode.RASTERISE : RenderMode.TYPESET));
                    t.heading(title, 13, 1);
                    t.paragraph(plain(redactor, header(item.document().metadata())));
                    String file = item.document().file();
                    ObjIntConsumer<ApprovedRedaction> onBox = (r, page) -> placed.add(new PlacedRedaction(
                            file,
                            page,
                            RedactionCode.of(r.reason()),
                            r.type(),
                            r.reason(),
                            r.decidedBy(),
                            r.decidedAt()));
                    if (raster.isPresent()) {
                        rasteriser.write(item.document(), raster.get(), t, scanned, onBox);
                    } else {
                        t.segments(redactor.segments(text, item.redactions()), onBox);
                    }
                    t.closeElement();
                }
            }
            request.documents().stream()
                    .filter(d -> d.decision().disposition() == Disposition.REVIEW)
                    .forEach(d -> awaiting.add(plain(redactor, d.title())));
            Map<RedactionCode, Integer> counts = new EnumMap<>(RedactionCode.class);
            placed.forEach(p -> counts.merge(p.code(), 1, Integer::sum));
            String subject = request.description().subject().name();
            FrontMatter matter = new FrontMatter(request, subject, index, awaiting, glossary.found(), counts);
            int frontPages = countPages(matter);
            int documentPages = document.getNumberOfPages();
            try (Typesetter t = new Typesetter(document, fonts, tags, front)) {
                matter.write(t, frontPages);
            }
            moveToFront(document, documentPages);
            PageNumbers.stamp(document, fonts.regular(), request.description().reference());
            clean(document, tags, request.description().reference());
            document.save(pdf.toFile());
            return new RenderedBundle(
                    document.getNumberOfPages(),
                    shift(index, frontPages),
                    shiftPlaced(placed, frontPages),
                    unreadable,
                    notes);
        }
    }

    private static List<BundleDocument> inDateOrder(List<BundleDocument> documents) {
        return documents.stream()
                .filter(d -> d.decision().disposition() == Disposition.DISCLOSE)
                .sorted(Comparator.comparing(
                                (BundleDocument d) -> d.document().metadata().date(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(d -> d.document().file()))
                .toList();
    }

    private static Map<String, ApprovedRedaction> standingRedactions(BundleRequest request) {
        Map<String, ApprovedRedaction> byText = new HashMap<>();
        request.disclosedRedactions().forEach(r -> byText.putIfAbsent(r.text(), r));
        return byText;
    }

    /** A heading line with every redacted text shown as its code in brackets. */
    private static String plain(TextRedactor redactor, String text) {
        return redactor.segments(text, List.of()).stream()
                .map(s -> s.isRedaction()
                        ? "[" + RedactionCode.of(s.redaction().reason()).name() + "]"
                        : s.text())
                .collect(Collectors.joining());
    }

    private static String header(DocumentMetadata metadata) {
        String date = metadata.date() == null ? "not known" : FrontMatter.DATE.format(metadata.date());
        String source = metadata.source() != null ? metadata.source() : metadata.author();
        return "Date: " + date + (source == null || source.isBlank() ? "" : "    Source: " + source);
    }

    private static int countPages(FrontMatter front) throws IOException {
        try (PDDocument scratch = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            StructureTree tags = new StructureTree();
            try (Typesetter t = new Typesetter(scratch, Fonts.load(scratch), tags, tags.document())) {
                front.write(t, 0);
            }
            return scratch.getNumberOfPages();
        }
    }

    private static void moveToFront(PDDocument document, int documentPages) {
        PDPageTree pages = document.getPages();
        if (documentPages == 0) {
            return;
        }
        PDPage firstRecord = pages.get(0);
        List<PDPage> front = new ArrayList<>();
        for (int i = documentPages; i < pages.getCount(); i++) {
            front.add(pages.get(i));
        }
        for (PDPage page : front) {
            pages.remove(page);
            pages.insertBefore(page, firstRecord);
        }
    }

    private static List<RenderedBundle.IndexEntry> shift(List<RenderedBundle.IndexEntry> index, int by) {
        return index.stream()
                .map(e -> new RenderedBundle.IndexEntry(e.file(), e.title(), e.firstPage() + by, e.mode()))
                .toList();
    }

    private static List<PlacedRedaction> shiftPlaced(List<PlacedRedaction> placed, int by) {
        return placed.stream()
                .map(p -> new PlacedRedaction(
                        p.file(), p.bundlePage() + by, p.code(), p.type(), p.reason(), p.decidedBy(), p.decidedAt()))
                .toList();
    }

    /**
     * Leaves the file nothing but its pages, its structure and a title: no producer or dates, no XMP. The title is
     * generic, with the case reference, and the viewer shows it instead of the file name.
     */
    private static void clean(PDDocument document, StructureTree tags, String reference) {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.TITLE, reference.isBlank() ? "Your records" : "Your records, reference " + reference);
        document.getDocument().getTrailer().setItem(COSName.INFO, info);
        tags.attach(document, "en-GB");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
