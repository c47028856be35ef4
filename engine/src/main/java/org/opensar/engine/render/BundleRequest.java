package org.opensar.engine.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opensar.engine.casefile.CaseDescription;

/** Everything a disclosure bundle is made from: the case, every document with its decision, the letter, the date. */
public record BundleRequest(
        CaseDescription description, List<BundleDocument> documents, CoveringLetter letter, LocalDate issued) {

    public BundleRequest {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(issued, "issued");
        documents = List.copyOf(documents);
    }

    /** Every approved redaction text of the case, for finding the same text wherever else it occurs. */
    RedactedTerms redactedTerms() {
        return RedactedTerms.of(documents.stream()
                .flatMap(d -> d.redactions().stream())
                .map(ApprovedRedaction::text)
                .toList());
    }
}
