package org.opensar.engine.duplicates;

import java.util.List;

/**
 * What choosing between copies and grouping e-mails needs to know of a document besides its words: when the records
 * system or the file dates it, whether its text was read from a scan, how many words it has, and for an e-mail its
 * Message-ID, the messages it answers (In-Reply-To and References), its conversation topic and the SHA-256 of each
 * attachment.
 *
 * @param recordedAt when, in seconds since 1970 UTC (a day alone at its midnight), or {@link #UNDATED}
 * @param references Message-IDs of the messages it answers, the one it replies to first
 */
public record CopyTraits(
        long recordedAt,
        boolean scanned,
        int words,
        String messageId,
        List<String> references,
        String topic,
        List<String> attachments) {

    public static final long UNDATED = Long.MIN_VALUE;
    public static final CopyTraits NONE = new CopyTraits(UNDATED, false, 0, null, List.of(), null, List.of());

    public CopyTraits {
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Whether it is an e-mail with a place in a conversation. */
    public boolean message() {
        return messageId != null || !references.isEmpty() || topic != null;
    }

    /** Whether every attachment of this document is among {@code other}'s, the same file. */
    public boolean attachmentsIn(CopyTraits other) {
        return other.attachments.containsAll(attachments);
    }
}
