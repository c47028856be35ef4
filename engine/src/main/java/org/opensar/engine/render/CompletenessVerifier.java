package org.opensar.engine.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.policy.Disposition;

/**
 * Checks that a bundle gives the requester everything the officer approved: for each document to disclose, the text
 * of its bundle pages (as a reader copies it, less page furniture and box codes) must be its heading and its
 * extracted text less the approved redactions, in order. A scan shown as page images is checked on its OCR text,
 * which is its text layer; there a redaction covers whole words, as its box does. A document to disclose that is not
 * in the bundle at all is 0% complete.
 */
final class CompletenessVerifier {

    private final TextExtractor extractor;

    CompletenessVerifier(TextExtractor extractor) {
        this.extractor = extractor;
    }

    List<DocumentCompleteness> verify(Path pdf, BundleRequest request, RenderedBundle rendered) throws IOException {
        TextRedactor redactor = TextRedactor.forBundle(request);
        Map<String, RenderedBundle.IndexEntry> entries = rendered.index().stream()
                .collect(Collectors.toMap(RenderedBundle.IndexEntry::file, Function.identity()));
        List<DocumentCompleteness> results = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (BundleDocument item : request.documents()) {
                if (item.decision().disposition() != Disposition.DISCLOSE) {
                    continue;
                }
                RenderedBundle.IndexEntry entry = entries.get(item.document().file());
                if (entry == null) {
                    results.add(new DocumentCompleteness(
                            item.document().file(), 0, 0, "it is not in the bundle (it could not be read again)"));
                    continue;
                }
                results.add(TextComparison.compare(
                        entry.file(),
                        entry.firstPage(),
                        approved(item, entry.mode(), redactor),
                        BundleText.of(document, entry.firstPage(), entry.lastPage())));
            }
        }
        return results;
    }

    /** The document's heading and the stretches of its text no redaction covers, in order. */
    private List<String> approved(BundleDocument item, RenderMode mode, TextRedactor redactor) {
        DocumentHeading heading = DocumentHeading.of(item, redactor);
        List<String> pieces = new ArrayList<>(List.of(heading.title(), heading.line()));
        ExtractedDocument extracted = extractor.extract(item.document());
        String text = extracted.fullText();
        List<TextRedactor.Covered> covered = redactor.covered(text, item.redactions());
        if (mode == RenderMode.RASTERISE) {
            covered = covered.stream().map(c -> wholeWords(text, c)).toList();
        }
        int at = 0;
        for (TextRedactor.Covered c : covered) {
            if (c.start() > at) {
                pieces.add(text.substring(at, c.start()));
            }
            at = Math.max(at, c.end());
        }
        pieces.add(text.substring(Math.min(at, text.length())));
        return pieces;
    }

    /** A covered stretch widened to the white space around it: a scan's box hides the whole of each word it touches. */
    private static TextRedactor.Covered wholeWords(String text, TextRedactor.Covered covered) {
        int start = covered.start();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = covered.end();
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return new TextRedactor.Covered(start, end, covered.redaction());
    }
}
