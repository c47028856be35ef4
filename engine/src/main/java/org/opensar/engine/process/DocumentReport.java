package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/** One document's entry in report.json; {@code file} is its path relative to the case folder. */
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

    static DocumentReport of(DocumentResult result) {
        return new DocumentReport(
                result.file(),
                result.title(),
                result.decision().disposition(),
                result.decision().reason(),
                result.decision().duplicateOf(),
                result.decision().explanation(),
                result.decision().evidence().stream().map(Evidence::toString).toList(),
                result.decision().confidence(),
                result.pages(),
                result.redactions());
    }
}
