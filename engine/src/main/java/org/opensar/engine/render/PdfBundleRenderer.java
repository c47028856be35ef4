package org.opensar.engine.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.opensar.engine.casefile.DocumentPart;
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
    private final StreamCacheCreateFunction scratchFiles;

    /** Rasterises scans with tesseract from the PATH, as extraction does by default. */
    public PdfBundleRenderer(TextExtractor extractor) {
        this(extractor, new WordOcr(ExtractionSettings.DEFAULT));
    }

    public PdfBundleRenderer(TextExtractor extractor, WordOcr ocr) {
        this.extractor = extractor;
        this.rasteriser = new Rasteriser(ocr);
        this.scratchFiles = ocr.scratchFiles();
    }

    @Override
    public RenderedBundle render(BundleRequest request, Path pdf) throws IOException {
        return render(request, pdf, RenderProgress.NONE);
    }

    @Override
    public RenderedBundle render(BundleRequest request, Path pdf, RenderProgress progress) throws IOException {
        TextRedactor redactor = TextRedactor.forBundle(request);
        Glossary glossary = new Glossary();
        List<RenderedBundle.IndexEntry> index = new ArrayList<>();
        List<FrontMatter.Awaiting> awaiting = new ArrayList<>();
        List<PlacedRedaction> placed = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (PDDocument document = new PDDocument(scratchFiles)) {
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
                        awaiting.add(new FrontMatter.Awaiting(
                                DocumentHeading.title(item, redactor),
                                item.document().metadata().date()));
                        unreadable.add(item.document().file() + ": " + extracted.outcome());
                        continue;
                    }
                    String text = extracted.fullText();
                    glossary.scan(text);
                    Optional<List<Rasteriser.PageRead>> raster = read.scan();
                    read.why().forEach(w -> notes.add(item.document().file() + ": typeset, not rasterised: " + w));
                    t.newPage();
                    t.open("Sect");
                    DocumentHeading heading = DocumentHeading.of(item, redactor);
                    int firstPage = t.page();
                    t.heading(heading.title(), 13, 1);
                    t.paragraph(heading.line());
                    String file = item.document().file();
                    List<ApprovedRedaction> body = item.redactionsIn(DocumentPart.BODY);
                    ObjIntConsumer<ApprovedRedaction> onBox = (r, page) -> placed.add(new PlacedRedaction(
                            file,
                            page,
                            RedactionCode.of(r.reason()),
                            r.type(),
                            r.reason(),
                            r.decidedBy(),
                            r.decidedAt()));
                    heading.covered().forEach(r -> onBox.accept(r, firstPage));
                    RenderMode shown = raster.isPresent() ? RenderMode.RASTERISE : RenderMode.TYPESET;
                    if (raster.isPresent()) {
                        rasteriser.write(item.document(), raster.get(), t, scanned, onBox);
                    } else {
                        new RecordText(t, onBox).write(redactor.segments(text, body));
                    }
                    if (item.renderMode() == RenderMode.IMAGE) {
                        StillPicture.draw(document, t, tags, item.document().path(), heading.title());
                        shown = RenderMode.IMAGE;
                    }
                    t.closeElement();
                    index.add(new RenderedBundle.IndexEntry(
                            item.document().file(),
                            heading.title(),
                            item.document().metadata().date(),
                            firstPage,
                            t.page(),
                            shown));
                }
            }
            request.documents().stream()
                    .filter(d -> d.decision().disposition() == Disposition.REVIEW)
                    .forEach(d -> awaiting.add(new FrontMatter.Awaiting(
                            DocumentHeading.title(d, redactor),
                            d.document().metadata().date())));
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
                .map(e -> new RenderedBundle.IndexEntry(
                        e.file(), e.title(), e.date(), e.firstPage() + by, e.lastPage() + by, e.mode()))
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
