package org.opensar.engine.tools.generate;

/** The traps a document sets for the disclosure engine, listed in the answer key's {@code hard}. */
enum HardCase {
    /** A one-entry placement log that matters. */
    SHORT_MEANINGFUL,
    /** Shares a form's boilerplate with other documents, yet is not a duplicate. */
    SAME_FORM,
    /** documents.json gives a title and type that point the wrong way. */
    MISLEADING_METADATA,
    /** An image-only PDF. */
    SCANNED,
    EXACT_COPY,
    OTHER_FORMAT_COPY,
    PRINT_HEADER_COPY,
    REFLOWED_COPY,
    /** A records-system printout: a header and footer on every page, the lines laid out again, words hyphenated. */
    PRINTED_COPY,
    /** A printout scanned back in: page images and the scanner's OCR text, with its misreadings. */
    SCANNED_PRINTOUT,
    /** A copy with the post room's or scanner's date stamp on it. */
    DATE_STAMPED_COPY,
    /** A copy with a short note written above it ("Copy for file."). */
    NOTE_ADDED_COPY,
    /** Wholly inside a later chronology that pasted it in: removed, shown once in the chronology. */
    PASTED_INTO_CHRONOLOGY,
    /** A chronology holding a whole note pasted in: kept. */
    HOLDS_PASTED_NOTE,
    /** Wholly inside a later version that adds something of substance: removed, shown once in that version. */
    SUPERSEDED_BY_ADDENDUM,
    /** A copy that adds text of substance (an addendum, management oversight): a document of its own, kept. */
    ADDS_SUBSTANTIVE_TEXT,
    /** A message of an e-mail conversation. */
    EMAIL_THREAD,
    /** A message quoted in full by a later message of its conversation: removed, shown once there. */
    QUOTED_IN_LATER_MESSAGE,
    /** A message whose attachment the later messages that quote it do not carry: kept. */
    ATTACHMENT_NOT_IN_REPLY,
    /** A message that a later one quotes only in part: kept. */
    PARTIAL_QUOTE,
    /** A message forwarded in full with its attachment: removed, shown once in the forward. */
    FORWARDED_WITH_ATTACHMENT,
    /** A message stored in a mailbox (.mbox) file with the rest of its conversation. */
    MAILBOX,
    /** A file also sent as an e-mail's attachment: removed, shown once in the message that carries it. */
    ATTACHMENT_ALSO_FILED
}
