package org.opensar.engine.extract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The keys under which extraction keeps what copies and conversations are told by, in
 * {@link ExtractedDocument#metadata()}: an e-mail's Message-ID, the messages it answers, its conversation topic, when
 * it was sent, the SHA-256 of each attachment, and whether the text was read from a scan by its scanner. Lists are
 * kept space-separated (Message-IDs and hashes hold no spaces).
 */
public final class MessageFields {

    public static final String MESSAGE_ID = "messageId";
    public static final String REFERENCES = "references";
    public static final String TOPIC = "topic";
    public static final String SENT = "sent";
    public static final String ATTACHMENTS = "attachments";
    public static final String SCANNED = "scanned";

    private MessageFields() {}

    /** A space-separated list as a list; empty for null or blank. */
    public static List<String> list(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.strip().split("\\s+")).toList();
    }

    /** An ISO date-time ("2015-08-05T12:02:22Z"), or null when there is none. */
    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
