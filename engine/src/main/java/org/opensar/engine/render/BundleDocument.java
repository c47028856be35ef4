package org.opensar.engine.render;

import java.util.List;
import java.util.Objects;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.policy.Decision;

/** One document of the case as the bundle sees it: the file, the title to show, the decision and its redactions. */
public record BundleDocument(
        CaseDocument document, String title, Decision decision, List<ApprovedRedaction> redactions) {

    public BundleDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(decision, "decision");
        title = title == null || title.isBlank() ? document.fileName() : title.strip();
        redactions = List.copyOf(redactions);
    }
}
