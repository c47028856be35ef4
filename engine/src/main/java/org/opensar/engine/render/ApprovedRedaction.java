package org.opensar.engine.render;

import java.time.Instant;
import java.util.Objects;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.ReasonCode;

/**
 * A redaction someone approved: the text, its offsets into the document's extracted text ({@code fullText()}), the
 * page it is on in the original (from 1), what it is, why, and who decided when.
 */
public record ApprovedRedaction(
        String text,
        int start,
        int end,
        int page,
        PersonalDataType type,
        ReasonCode reason,
        String decidedBy,
        Instant decidedAt) {

    public ApprovedRedaction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
