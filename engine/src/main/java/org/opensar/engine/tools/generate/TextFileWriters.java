package org.opensar.engine.tools.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** The plain-text formats: TXT, HTML and RFC 822 email. */
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

    /**
     * An RFC 822 message: the text's own header lines (From, To, Subject, Date) with their display names
     * encoded per RFC 2047, MIME headers, then the body in UTF-8 with CRLF line ends.
     */
    static void writeEmail(GeneratedDocument document, Path file) throws IOException {
        String text = document.text().text();
        int split = text.indexOf("\n\n");
        StringBuilder mail = new StringBuilder();
        for (String header : text.substring(0, split).split("\n")) {
            int colon = header.indexOf(": ");
            mail.append(header, 0, colon + 2)
                    .append(encodeHeader(header.substring(colon + 2)))
                    .append("\r\n");
        }
        mail.append("Message-ID: <")
                .append(Integer.toHexString(text.hashCode()))
                .append('.')
                .append(document.date())
                .append("@mail.opensar.example>\r\n")
                .append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n\r\n")
                .append(text.substring(split + 2).replace("\n", "\r\n"))
                .append("\r\n");
        Files.writeString(file, mail, StandardCharsets.UTF_8);
    }

    private static String encodeHeader(String value) {
        if (value.chars().allMatch(c -> c < 128)) {
            return value;
        }
        int address = value.indexOf(" <");
        String words = address < 0 ? value : value.substring(0, address);
        String encoded =
                "=?UTF-8?B?" + Base64.getEncoder().encodeToString(words.getBytes(StandardCharsets.UTF_8)) + "?=";
        return address < 0 ? encoded : encoded + value.substring(address);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
