package org.opensar.engine.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.duplicates.SharedTextFinder;
import org.opensar.engine.duplicates.SharedTextFinder.SharedText;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/**
 * Sends to an officer every document to disclose that holds much of a withheld document's distinctive text, since
 * disclosing it would disclose the withheld one and the bundle's verifier would refuse the release: two records
 * on one form decided differently, or a note quoting a police report. Run once the whole case is decided and its
 * copies marked, so the officer hears of it while deciding, not when the bundle is refused. The withheld document
 * keeps its decision; the other's earlier decision is shown as a candidate.
 */
public final class SharedTextMarker {

    /**
     * The part of a withheld document's distinctive four-word shingles that makes another document hold it. The
     * verifier counts a quarter of eight-word runs; four-word shingles are shared more often (a form's short
     * phrases), and 0.3 of them flagged, on 15 generated cases, exactly the documents the verifier's count would.
     */
    static final double SHARE = 0.3;

    private final DisclosurePolicy policy;
    private final SharedTextFinder finder = new SharedTextFinder(SHARE);

    public SharedTextMarker(DisclosurePolicy policy) {
        this.policy = policy;
    }

    /** {@code reports} with each document to disclose that holds a withheld one's text sent to review, in order. */
    public List<DocumentReport> mark(List<DocumentReport> reports, List<DocumentFingerprint> fingerprints) {
        Map<String, Disposition> decisions = new LinkedHashMap<>();
        reports.forEach(r -> decisions.put(r.file(), r.disposition()));
        Map<String, SharedText> strongest = new LinkedHashMap<>();
        find(decisions, fingerprints).forEach(shared -> strongest.putIfAbsent(shared.holder(), shared));
        List<DocumentReport> marked = new ArrayList<>(reports);
        for (int i = 0; i < marked.size(); i++) {
            SharedText shared = strongest.get(marked.get(i).file());
            if (shared != null) {
                marked.set(i, marked.get(i).withDecision(review(marked.get(i), shared)));
            }
        }
        return marked;
    }

    /**
     * What {@code file}, decided as {@code decisions} now say, is at odds with: withheld, the documents to disclose
     * that hold its text; to be disclosed, the withheld documents whose text it holds. For the officer who has just
     * changed its decision.
     */
    public List<SharedText> conflicts(
            String file, Map<String, Disposition> decisions, List<DocumentFingerprint> fingerprints) {
        return find(decisions, fingerprints).stream()
                .filter(shared ->
                        shared.holder().equals(file) || shared.source().equals(file))
                .toList();
    }

    /** Every document to disclose that holds a withheld one's text, by holder, the largest share first. */
    private List<SharedText> find(Map<String, Disposition> decisions, List<DocumentFingerprint> fingerprints) {
        List<DocumentFingerprint> withheld = fingerprintsOf(decisions, Disposition.WITHHOLD, fingerprints);
        List<DocumentFingerprint> disclosed = fingerprintsOf(decisions, Disposition.DISCLOSE, fingerprints);
        return withheld.isEmpty() || disclosed.isEmpty() ? List.of() : finder.find(withheld, disclosed);
    }

    private static List<DocumentFingerprint> fingerprintsOf(
            Map<String, Disposition> decisions, Disposition disposition, List<DocumentFingerprint> fingerprints) {
        return fingerprints.stream()
                .filter(f -> decisions.get(f.file()) == disposition)
                .toList();
    }

    private Decision review(DocumentReport report, SharedText shared) {
        List<Evidence> evidence = List.of(
                new Evidence(Evidence.Kind.SHARED_TEXT, shared.passages()),
                new Evidence(
                        Evidence.Kind.CANDIDATE,
                        "decided before: " + report.reason().label()));
        String shown = evidence.get(0).toString();
        return Decision.of(
                ReasonCode.UNCERTAIN,
                evidence,
                Math.round(shared.share() * 100) / 100.0,
                policy.explain(ReasonCode.UNCERTAIN, shown));
    }
}
