package org.opensar.server.review;

import java.time.Instant;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.detect.RedactionStatus;

/**
 * A redaction as the workbench shows it: where it is (in which part of the document: its text, or the title, author
 * or source the bundle prints), what and why, who put it forward and what was decided.
 */
public record RedactionView(
        long id,
        long documentId,
        int start,
        int end,
        int page,
        String text,
        PersonalDataType type,
        RedactionReason reason,
        String recognizer,
        double score,
        String explanation,
        RedactionOrigin origin,
        RedactionStatus decision,
        String decidedBy,
        Instant decidedAt,
        DocumentPart part) {

    public boolean open() {
        return decision == RedactionStatus.PROPOSED;
    }
}
