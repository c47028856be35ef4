package org.opensar.engine.extract;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * An e-mail's place in its conversation as Tika reports it, for .eml and mbox messages (their raw headers) and
 * Outlook .msg files (their MAPI properties): Message-ID, the messages it answers (In-Reply-To first, then
 * References), its topic (Outlook's conversation topic, else the subject), when it was sent, and its attachments'
 * digests, kept under {@link MessageFields}' keys.
 */
final class MessageMetadata {

    private MessageMetadata() {}

    static void add(Metadata metadata, String attachmentDigests, Map<String, String> kept) {
        String id = first(metadata, "Message:Raw-Header:Message-ID", "mapi:internet-message-id");
        if (id != null) {
            kept.put(MessageFields.MESSAGE_ID, id);
        }
        Set<String> answered = new LinkedHashSet<>();
        answered.addAll(ids(first(metadata, "Message:Raw-Header:In-Reply-To", "mapi:in-reply-to-id")));
        answered.addAll(ids(first(metadata, "Message:Raw-Header:References", "mapi:internet-references")));
        if (!answered.isEmpty()) {
            kept.put(MessageFields.REFERENCES, String.join(" ", answered));
        }
        String topic = first(metadata, "mapi:conversation-topic", "dc:subject");
        if (topic != null) {
            kept.put(MessageFields.TOPIC, topic);
        }
        Date sent = metadata.getDate(TikaCoreProperties.CREATED);
        if (sent != null) {
            kept.put(MessageFields.SENT, sent.toInstant().toString());
        }
        if (!attachmentDigests.isBlank()) {
            kept.put(MessageFields.ATTACHMENTS, attachmentDigests);
        }
    }

    private static String first(Metadata metadata, String... names) {
        for (String name : names) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The Message-IDs in a header value: "&lt;a@x&gt; &lt;b@y&gt;", in order. */
    private static List<String> ids(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        for (int open = value.indexOf('<'); open >= 0; open = value.indexOf('<', open + 1)) {
            int close = value.indexOf('>', open);
            if (close < 0) {
                break;
            }
            ids.add(value.substring(open, close + 1));
            open = close;
        }
        return ids;
    }
}
