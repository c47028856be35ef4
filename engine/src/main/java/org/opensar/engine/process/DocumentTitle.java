package org.opensar.engine.process;

import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.extract.ExtractedDocument;

/** The title report.json shows: documents.json's, else the file's own, else its first line, else its name. */
final class DocumentTitle {

    private static final int MAX_LENGTH = 100;

    private DocumentTitle() {}

    static String of(CaseDocument document, ExtractedDocument extracted) {
        String given = document.metadata().title();
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String own = extracted.metadata().get("title");
        if (own != null && !own.isBlank()) {
            return own;
        }
        return extracted.pages().stream()
                .flatMap(String::lines)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .map(line -> line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) : line)
                .orElse(document.fileName());
    }
}
