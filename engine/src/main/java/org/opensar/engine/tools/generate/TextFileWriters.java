package org.opensar.engine.tools.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plain-text formats: TXT and HTML (e-mail: {@link EmailWriter}). */
final class TextFileWriters {

    private TextFileWriters() {}

    static void writeText(GeneratedDocument document, Path file) throws IOException {
        Files.writeString(file, document.text().text(), StandardCharsets.UTF_8);
    }

    static void writeHtml(GeneratedDocument document, Path file) throws IOException {
        StringBuilder html = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>")
                .append(escape(document.metadata().title()))
                .append("</title>\n</head>\n<body>\n");
        for (String paragraph : document.text().text().split("\n")) {
            html.append(paragraph.isEmpty() ? "<br>" : "<p>" + escape(paragraph) + "</p>")
                    .append('\n');
        }
        Files.writeString(file, html.append("</body>\n</html>\n"), StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
