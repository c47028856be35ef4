package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.register.PeopleRegister;
import org.opensar.engine.render.DocumentCompleteness;

/**
 * The content of report.json: every document's decision, a summary, warnings about the case file, the people
 * register the redactions were proposed with (so that a run can be reproduced), and once the bundle is written, its
 * verification ({@code bundle}, null before).
 */
public record CaseReport(
        String reference,
        List<DocumentReport> documents,
        ReportSummary summary,
        List<String> warnings,
        PeopleRegister register,
        BundleVerification bundle) {

    public CaseReport {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        register = register == null ? new PeopleRegister(List.of()) : register;
    }

    /** This report with the verification of the bundle made from it. */
    public CaseReport withBundle(BundleVerification verification) {
        return new CaseReport(reference, documents, summary, warnings, register, verification);
    }

    /**
     * Whether the bundle passed both verifiers, what they found, and for every document to disclose how completely
     * the bundle holds its approved text.
     */
    public record BundleVerification(boolean verified, List<String> findings, List<DocumentCompleteness> completeness) {

        public BundleVerification {
            findings = List.copyOf(findings);
            completeness = List.copyOf(completeness);
        }
    }
}
