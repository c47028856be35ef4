package org.opensar.engine.render;

import java.util.ArrayList;
import java.util.List;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.casefile.DocumentPart;

/**
 * What the bundle prints above a disclosed document: its title, and a line with its date and where it came from
 * (the records system's source, else its author), each with the approved redactions of that part and every other
 * third party's text known in the case shown as its code in brackets; and the redactions that stand for those.
 */
record DocumentHeading(String title, String line, List<ApprovedRedaction> covered) {

    static DocumentHeading of(BundleDocument document, TextRedactor redactor) {
        List<ApprovedRedaction> covered = new ArrayList<>();
        String title = plain(redactor, document.title(), document.redactionsIn(DocumentPart.TITLE), covered);
        DocumentMetadata metadata = document.document().metadata();
        String line = "Date: " + (metadata.date() == null ? "not known" : FrontMatter.DATE.format(metadata.date()));
        boolean bySource = metadata.source() != null && !metadata.source().isBlank();
        String source = bySource ? metadata.source() : metadata.author();
        if (source != null && !source.isBlank()) {
            DocumentPart part = bySource ? DocumentPart.SOURCE : DocumentPart.AUTHOR;
            line += "    Source: " + plain(redactor, source, document.redactionsIn(part), covered);
        }
        return new DocumentHeading(title, line, covered);
    }

    /** The document's title as printed in the index, its heading and the list of documents awaiting review. */
    static String title(BundleDocument document, TextRedactor redactor) {
        return plain(redactor, document.title(), document.redactionsIn(DocumentPart.TITLE), new ArrayList<>());
    }

    private static String plain(
            TextRedactor redactor, String text, List<ApprovedRedaction> approved, List<ApprovedRedaction> covered) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : redactor.segments(text, approved)) {
            if (segment.isRedaction()) {
                covered.add(segment.redaction());
                out.append('[')
                        .append(RedactionCode.of(segment.redaction().reason()).name())
                        .append(']');
            } else {
                out.append(segment.text());
            }
        }
        return out.toString();
    }
}
