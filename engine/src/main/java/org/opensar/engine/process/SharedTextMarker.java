package org.opensar.engine.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        Map<String, DocumentFingerprint> byFile = new HashMap<>();
        fingerprints.forEach(f -> byFile.put(f.file(), f));
        List<DocumentFingerprint> withheld = fingerprintsOf(reports, Disposition.WITHHOLD, byFile);
        List<DocumentFingerprint> disclosed = fingerprintsOf(reports, Disposition.DISCLOSE, byFile);
        if (withheld.isEmpty() || disclosed.isEmpty()) {
            return reports;
        }
        Map<String, SharedText> strongest = new LinkedHashMap<>();
        finder.find(withheld, disclosed).forEach(shared -> strongest.putIfAbsent(shared.holder(), shared));
        List<DocumentReport> marked = new ArrayList<>(reports);
        for (int i = 0; i < marked.size(); i++) {
            SharedText shared = strongest.get(marked.get(i).file());
            if (shared != null) {
                marked.set(i, marked.get(i).withDecision(review(marked.get(i), shared)));
            }
        }
        return marked;
    }

    private static List<DocumentFingerprint> fingerprintsOf(
            List<DocumentReport> reports, Disposition disposition, Map<String, DocumentFingerprint> byFile) {
        return reports.stream()
                .filter(r -> r.disposition() == disposition && byFile.containsKey(r.file()))
                .map(r -> byFile.get(r.file()))
                .toList();
    }

    private Decision review(DocumentReport report, SharedText shared) {
        List<Evidence> evidence = List.of(
                new Evidence(
                        Evidence.Kind.SHARED_TEXT,
                        String.format(
                                Locale.ROOT,
                                "holds %d of %d sampled passages of withheld document %s",
                                shared.found(),
                                shared.sampled(),
                                shared.source())),
                new Evidence(
                        Evidence.Kind.CANDIDATE,
                        "decided before: "
                                + report.reason()
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', ' ')));
        String shown = evidence.get(0).toString();
        return Decision.of(
                ReasonCode.UNCERTAIN,
                evidence,
                Math.round(shared.share() * 100) / 100.0,
                policy.explain(ReasonCode.UNCERTAIN, shown));
    }
}
