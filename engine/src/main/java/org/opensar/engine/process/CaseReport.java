package org.opensar.engine.process;

import java.util.List;

/** The content of report.json: every document's decision, a summary, and warnings about the case file. */
public record CaseReport(
        String reference, List<DocumentReport> documents, ReportSummary summary, List<String> warnings) {

    public CaseReport {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }
}
