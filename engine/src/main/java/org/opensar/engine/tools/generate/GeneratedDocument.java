package org.opensar.engine.tools.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * One document of the synthetic case file with its answer: what the engine should decide for it and why,
 * and the marked text that was written into the file.
 *
 * @param file path relative to the case folder, e.g. {@code documents/2012/Case Notes/...pdf}
 * @param family the phrasing family of its template (a copy keeps its original's)
 * @param duplicateOf the file this one copies, or null
 * @param hard the hard cases this document is an example of (e.g. {@code SHORT_MEANINGFUL})
 * @param metadata what documents.json says about it; title, type and author may be unhelpful or misleading
 * @param pictured for a scan with a text layer, the text its page images show (its {@code text} is what the
 *     scanner's OCR read); otherwise null
 * @param mail for an e-mail written with its place in a conversation or an attachment, those; otherwise null
 */
record GeneratedDocument(
        String file,
        DocumentKind kind,
        String family,
        DocumentFormat format,
        Disposition disposition,
        Reason reason,
        String duplicateOf,
        List<HardCase> hard,
        LocalDate date,
        MarkedText text,
        Metadata metadata,
        MarkedText pictured,
        Mail mail) {

    GeneratedDocument(
            String file,
            DocumentKind kind,
            String family,
            DocumentFormat format,
            Disposition disposition,
            Reason reason,
            String duplicateOf,
            List<HardCase> hard,
            LocalDate date,
            MarkedText text,
            Metadata metadata) {
        this(file, kind, family, format, disposition, reason, duplicateOf, hard, date, text, metadata, null, null);
    }

    /** A documents.json entry. */
    record Metadata(String title, String type, String author, String source) {}

    /**
     * An e-mail's place in its conversation and its attachment.
     *
     * @param references the Message-IDs of the conversation before it, oldest first (the last is its In-Reply-To)
     * @param attachment the document attached, or null
     * @param attachmentAt where the attachment's text starts in the message's text (-1 without one)
     */
    record Mail(String messageId, List<String> references, GeneratedDocument attachment, int attachmentAt) {

        Mail {
            references = List.copyOf(references);
        }
    }

    /** This document with another answer: what the engine should decide for it, why, and the traps it sets. */
    GeneratedDocument withAnswer(Disposition disposition, Reason reason, String duplicateOf, List<HardCase> hard) {
        return new GeneratedDocument(
                file,
                kind,
                family,
                format,
                disposition,
                reason,
                duplicateOf,
                List.copyOf(hard),
                date,
                text,
                metadata,
                pictured,
                mail);
    }

    /** This document under another file name (and so perhaps another format). */
    GeneratedDocument stored(String file, DocumentFormat format) {
        return new GeneratedDocument(
                file,
                kind,
                family,
                format,
                disposition,
                reason,
                duplicateOf,
                hard,
                date,
                text,
                metadata,
                pictured,
                mail);
    }

    /** The file on disk that holds it: a message of a mailbox is stored in the mailbox file. */
    String storedFile() {
        int part = file.indexOf('#');
        return part < 0 ? file : file.substring(0, part);
    }

    /** Whether its phrasing family is the one held out of tuning. */
    boolean heldOut() {
        return family.equals(Template.HELD_OUT_FAMILY);
    }

    int pages() {
        return PageLayout.pageCount(text.text());
    }

    /** When the file says it was created: the document's date, at a time fixed by its text, so copies agree. */
    LocalDateTime created() {
        int minutes = Math.floorMod(text.text().hashCode(), 9 * 60);
        return LocalDateTime.of(date, LocalTime.of(8, 0)).plusMinutes(minutes);
    }
}
