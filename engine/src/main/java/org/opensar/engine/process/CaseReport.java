package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.register.PeopleRegister;

/**
 * The content of report.json: every document's decision, a summary, warnings about the case file, and the people
 * register the redactions were proposed with (so that a run can be reproduced).
 */
public record CaseReport(
        String reference,
        List<DocumentReport> documents,
        ReportSummary summary,
        List<String> warnings,
        PeopleRegister register) {

    public CaseReport {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        register = register == null ? new PeopleRegister(List.of()) : register;
    }
}
