package org.opensar.engine.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.policy.Disposition;

/** Everything a disclosure bundle is made from: the case, every document with its decision, the letter, the date. */
public record BundleRequest(
        CaseDescription description, List<BundleDocument> documents, CoveringLetter letter, LocalDate issued) {

    public BundleRequest {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(issued, "issued");
        documents = List.copyOf(documents);
    }

    /** Every approved redaction text of the disclosed documents, for finding the same text wherever else it occurs. */
    RedactedTerms redactedTerms() {
        return RedactedTerms.of(
                disclosedRedactions().stream().map(ApprovedRedaction::text).toList());
    }

    /**
     * The approved redactions of the documents that are disclosed. A withheld or removed document's own (it has
     * proposals in case an officer discloses it) say nothing about what the bundle shows.
     */
    List<ApprovedRedaction> disclosedRedactions() {
        return documents.stream()
                .filter(d -> d.decision().disposition() == Disposition.DISCLOSE)
                .flatMap(d -> d.redactions().stream())
                .toList();
    }
}
