package org.opensar.engine.render;

import java.time.Instant;
import java.util.Objects;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;

/**
 * A redaction someone approved: the text, its offsets into the document's extracted text ({@code fullText()}), the
 * page it is on in the original (from 1), what it is, why, who decided when, and which part of the document it is
 * in: its text, or the title, author or source the bundle prints (then the offsets are into that, and the page 0).
 */
public record ApprovedRedaction(
        String text,
        int start,
        int end,
        int page,
        PersonalDataType type,
        RedactionReason reason,
        String decidedBy,
        Instant decidedAt,
        DocumentPart part) {

    /** A redaction in the document's text. */
    public ApprovedRedaction(
            String text,
            int start,
            int end,
            int page,
            PersonalDataType type,
            RedactionReason reason,
            String decidedBy,
            Instant decidedAt) {
        this(text, start, end, page, type, reason, decidedBy, decidedAt, DocumentPart.BODY);
    }

    public ApprovedRedaction {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** True for a redaction in {@code part} of its document. */
    public boolean in(DocumentPart part) {
        return this.part == part;
    }
}
