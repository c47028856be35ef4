package org.opensar.engine.process;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;

/** Counts for report.json: documents, pages, documents that could not be read, and by disposition and reason. */
public record ReportSummary(
        int documents,
        int pages,
        int failures,
        Map<Disposition, Integer> byDisposition,
        Map<ReasonCode, Integer> byReason) {

    static ReportSummary of(List<DocumentReport> documents, int failures) {
        Map<Disposition, Integer> byDisposition = new EnumMap<>(Disposition.class);
        Map<ReasonCode, Integer> byReason = new EnumMap<>(ReasonCode.class);
        int pages = 0;
        for (DocumentReport document : documents) {
            byDisposition.merge(document.disposition(), 1, Integer::sum);
            byReason.merge(document.reason(), 1, Integer::sum);
            pages += document.pages();
        }
        return new ReportSummary(documents.size(), pages, failures, byDisposition, byReason);
    }
}
