package org.opensar.engine.render;

import java.util.List;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.DocumentMetadata;

/**
 * What the bundle prints above a disclosed document: its title, and a line with its date and where it came from,
 * each with every redacted text shown as its code in brackets.
 */
record DocumentHeading(String title, String line) {

    static DocumentHeading of(BundleDocument document, TextRedactor redactor) {
        return new DocumentHeading(
                plain(redactor, document.title()),
                plain(redactor, line(document.document().metadata())));
    }

    /** A line of text with every redacted text shown as its code in brackets. */
    static String plain(TextRedactor redactor, String text) {
        return redactor.segments(text, List.of()).stream()
                .map(s -> s.isRedaction()
                        ? "[" + RedactionCode.of(s.redaction().reason()).name() + "]"
                        : s.text())
                .collect(Collectors.joining());
    }

    private static String line(DocumentMetadata metadata) {
        String date = metadata.date() == null ? "not known" : FrontMatter.DATE.format(metadata.date());
        String source = metadata.source() != null ? metadata.source() : metadata.author();
        return "Date: " + date + (source == null || source.isBlank() ? "" : "    Source: " + source);
    }
}
