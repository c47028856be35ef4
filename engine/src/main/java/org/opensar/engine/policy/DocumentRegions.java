package org.opensar.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.AddedLines;
import org.opensar.engine.extract.ExtractedDocument;

/**
 * The parts of a document the signals look at: the letterhead (the short heading lines at the top of page 1, up to
 * the first sentence), the title lines, the whole text, the metadata. Print stamps and e-mail header fields are
 * skipped when finding the letterhead and title, so a printed e-mail is read by its own heading.
 */
record DocumentRegions(String letterhead, String title, String text, List<String> metadata) {

    private static final int TITLE_LINES = 3;
    private static final int HEADING_WORDS = 8;

    static DocumentRegions of(ExtractedDocument document, DocumentMetadata metadata, int letterheadLines) {
        List<String> firstLines = document.pages().isEmpty()
                ? List.of()
                : AddedLines.strip(document.pages().get(0))
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .limit(letterheadLines)
                        .toList();
        List<String> headings =
                firstLines.stream().takeWhile(DocumentRegions::heading).toList();
        List<String> meta = new ArrayList<>();
        addIfPresent(meta, "title", metadata.title());
        addIfPresent(meta, "type", metadata.type());
        addIfPresent(meta, "source", metadata.source());
        addIfPresent(meta, "author", metadata.author());
        addIfPresent(meta, "file title", document.metadata().get("title"));
        addIfPresent(
                meta, "file", document.file().replaceFirst("\\.[^./]*$", "").replaceAll("[_/-]+", " "));
        return new DocumentRegions(
                String.join("\n", headings),
                firstLines.stream().limit(TITLE_LINES).collect(Collectors.joining("\n")),
                document.fullText(),
                meta);
    }

    /** A letterhead line: short, and not a sentence. */
    private static boolean heading(String line) {
        return line.split("\\s+").length <= HEADING_WORDS && !line.endsWith(".");
    }

    private static void addIfPresent(List<String> meta, String field, String value) {
        if (value != null && !value.isBlank()) {
            meta.add(field + ": " + value.strip());
        }
    }
}
