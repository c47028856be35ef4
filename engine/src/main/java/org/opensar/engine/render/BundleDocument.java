package org.opensar.engine.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.policy.Decision;

/**
 * One document of the case as the bundle sees it: the file, the title to show, the decision on the whole document
 * (who made it and when) and its approved redactions.
 */
public record BundleDocument(
        CaseDocument document,
        String title,
        Decision decision,
        String decidedBy,
        Instant decidedAt,
        List<ApprovedRedaction> redactions) {

    public BundleDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        title = title == null || title.isBlank() ? document.fileName() : title.strip();
        redactions = List.copyOf(redactions);
    }
}
