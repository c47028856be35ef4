package org.opensar.engine.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.policy.Decision;

/**
 * One document of the case as the bundle sees it: the file, the title to show (never its file name, which may name
 * anyone: "Document" when there is none), the decision on the whole document
 * (who made it and when), its approved redactions in every part of it, and how to render it: {@code renderMode} null (the default)
 * decides from the source kind ({@link RenderMode#forSource}); an officer may choose either.
 */
public record BundleDocument(
        CaseDocument document,
        String title,
        Decision decision,
        String decidedBy,
        Instant decidedAt,
        List<ApprovedRedaction> redactions,
        RenderMode renderMode) {

    /** A document rendered as its source kind says. */
    public BundleDocument(
            CaseDocument document,
            String title,
            Decision decision,
            String decidedBy,
            Instant decidedAt,
            List<ApprovedRedaction> redactions) {
        this(document, title, decision, decidedBy, decidedAt, redactions, null);
    }

    /** Its approved redactions in {@code part}: its text, or the title, author or source printed with it. */
    public List<ApprovedRedaction> redactionsIn(DocumentPart part) {
        return redactions.stream().filter(r -> r.in(part)).toList();
    }

    /** The same document, rendered as {@code mode} whatever its source kind. */
    public BundleDocument renderedAs(RenderMode mode) {
        return new BundleDocument(document, title, decision, decidedBy, decidedAt, redactions, mode);
    }

    public BundleDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        title = title == null || title.isBlank() ? "Document" : title.strip();
        redactions = List.copyOf(redactions);
    }
}
