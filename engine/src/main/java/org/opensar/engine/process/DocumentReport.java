package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/**
 * One document's entry in report.json; {@code file} is its path relative to the case folder. Small: what the
 * pipeline keeps of a document once its text is gone, so memory stays flat as cases grow.
 */
public record DocumentReport(
        String file,
        String title,
        Disposition disposition,
        ReasonCode reason,
        String duplicateOf,
        String explanation,
        List<String> evidence,
        double confidence,
        int pages,
        List<Redaction> redactions) {

    public DocumentReport {
        evidence = List.copyOf(evidence);
        redactions = List.copyOf(redactions);
    }

    static DocumentReport of(String file, String title, Decision decision, int pages, List<Redaction> redactions) {
        return new DocumentReport(file, title, null, null, null, null, List.of(), 0, pages, redactions)
                .withDecision(decision);
    }

    /** This document with another decision on it (its title, pages and proposals unchanged). */
    public DocumentReport withDecision(Decision decision) {
        return new DocumentReport(
                file,
                title,
                decision.disposition(),
                decision.reason(),
                decision.duplicateOf(),
                decision.explanation(),
                decision.evidence().stream().map(Evidence::toString).toList(),
                decision.confidence(),
                pages,
                redactions);
    }

    /** This document with other proposed redactions (its decision unchanged). */
    public DocumentReport withRedactions(List<Redaction> proposed) {
        return new DocumentReport(
                file, title, disposition, reason, duplicateOf, explanation, evidence, confidence, pages, proposed);
    }

    /** True when the document could not be read or processed (it is in review for that reason). */
    public boolean failed() {
        return switch (reason) {
            case NEEDS_OCR,
                    CORRUPT,
                    PASSWORD_PROTECTED,
                    EMPTY,
                    UNSUPPORTED_FORMAT,
                    TOO_LARGE,
                    TIMED_OUT,
                    EXTRACTION_FAILED,
                    PROCESSING_FAILED -> true;
            default -> false;
        };
    }
}
