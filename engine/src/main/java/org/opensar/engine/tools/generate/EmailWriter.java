package org.opensar.engine.tools.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * E-mail as RFC 822 messages: the text's own header lines (From, To, Subject, Date) with their display names encoded
 * per RFC 2047, a Message-ID (and In-Reply-To and References for a reply), MIME headers, then the body in UTF-8 with
 * CRLF line ends, and an attachment as a second MIME part. A message of a mailbox is appended to its mbox file with
 * LF line ends and a "From " separator line, body lines starting "From " quoted as mboxrd does.
 */
final class EmailWriter {

    private static final DateTimeFormatter MBOX_DATE =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.UK);

    private EmailWriter() {}

    static void write(GeneratedDocument document, Path file) throws IOException {
        Files.writeString(file, message(document), StandardCharsets.UTF_8);
    }

    static void appendToMailbox(GeneratedDocument document, Path file) throws IOException {
        String message = message(document).replace("\r\n", "\n").replaceAll("(?m)^(>*From )", ">$1");
        String separator = "From opensar@mail.opensar.example "
                + MBOX_DATE.format(document.created().atOffset(ZoneOffset.UTC)) + "\n";
        Files.writeString(
                file,
                separator + message + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static String message(GeneratedDocument document) throws IOException {
        String text = document.text().text();
        int split = text.indexOf("\n\n");
        StringBuilder mail = new StringBuilder();
        for (String header : text.substring(0, split).split("\n")) {
            int colon = header.indexOf(": ");
            mail.append(header, 0, colon + 2)
                    .append(encodeHeader(header.substring(colon + 2)))
                    .append("\r\n");
        }
        GeneratedDocument.Mail thread = document.mail();
        if (thread == null) {
            mail.append("Message-ID: <")
                    .append(Integer.toHexString(text.hashCode()))
                    .append('.')
                    .append(document.date())
                    .append("@mail.opensar.example>\r\n");
            return plain(mail, text.substring(split + 2));
        }
        mail.append("Message-ID: ").append(thread.messageId()).append("\r\n");
        if (!thread.references().isEmpty()) {
            mail.append("In-Reply-To: ")
                    .append(thread.references().get(thread.references().size() - 1))
                    .append("\r\n")
                    .append("References: ")
                    .append(String.join("\r\n ", thread.references()))
                    .append("\r\n");
        }
        if (thread.attachment() == null) {
            return plain(mail, text.substring(split + 2));
        }
        String body = text.substring(split + 2, thread.attachmentAt()).stripTrailing();
        return withAttachment(mail, body, thread);
    }

    private static String plain(StringBuilder mail, String body) {
        return mail.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n\r\n")
                .append(body.replace("\n", "\r\n"))
                .append("\r\n")
                .toString();
    }

    private static String withAttachment(StringBuilder mail, String body, GeneratedDocument.Mail thread)
            throws IOException {
        GeneratedDocument attachment = thread.attachment();
        String boundary = "=_opensar_" + Integer.toHexString(thread.messageId().hashCode());
        String name = attachment.storedFile().substring(attachment.storedFile().lastIndexOf('/') + 1);
        mail.append("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"")
                .append(boundary)
                .append("\"\r\n\r\n--")
                .append(boundary)
                .append("\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(body.replace("\n", "\r\n"))
                .append("\r\n\r\n--")
                .append(boundary)
                .append("\r\nContent-Type: ")
                .append(contentType(attachment.format()))
                .append("; name=\"")
                .append(name)
                .append("\"\r\nContent-Disposition: attachment; filename=\"")
                .append(name)
                .append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(bytes(attachment)))
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        return mail.toString();
    }

    /** The attachment's file as its format's writer writes it. */
    static byte[] bytes(GeneratedDocument attachment) throws IOException {
        Path file = Files.createTempFile(
                "opensar-attachment-", "." + attachment.format().extension());
        try {
            attachment.format().writer().write(attachment, file);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String contentType(DocumentFormat format) {
        return switch (format) {
            case PDF, SCANNED_PDF, SEARCHABLE_SCAN -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "text/plain; charset=UTF-8";
        };
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
}
