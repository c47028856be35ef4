package org.opensar.engine.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.render.ApprovedRedaction;
import org.opensar.engine.render.BundleDocument;
import org.opensar.engine.render.BundleRequest;
import org.opensar.engine.render.CoveringLetter;
import org.opensar.engine.render.ReasonWordings;

/** The bundle {@code process} makes from its own report: the batch policy decides, and every proposal is approved. */
public final class BundleRequests {

    static final String DECIDED_BY = "opensar process (batch policy; every proposal approved)";

    private BundleRequests() {}

    public static BundleRequest of(
            CaseFile caseFile, CaseReport report, CoveringLetter letter, ReasonWordings wordings, Instant now) {
        Map<String, CaseDocument> byFile =
                caseFile.documents().stream().collect(Collectors.toMap(CaseDocument::file, Function.identity()));
        List<BundleDocument> documents = report.documents().stream()
                .filter(d -> byFile.containsKey(d.file()))
                .map(d -> new BundleDocument(
                        byFile.get(d.file()),
                        d.title(),
                        new Decision(
                                d.disposition(),
                                d.reason(),
                                d.evidence().stream()
                                        .map(e -> new Evidence(Evidence.Kind.CANDIDATE, e))
                                        .toList(),
                                d.confidence(),
                                d.explanation(),
                                d.duplicateOf()),
                        DECIDED_BY,
                        now,
                        d.redactions().stream()
                                .map(r -> new ApprovedRedaction(
                                        r.text(),
                                        r.start(),
                                        r.end(),
                                        r.page(),
                                        r.type(),
                                        r.reason(),
                                        DECIDED_BY,
                                        now,
                                        r.part()))
                                .toList()))
                .toList();
        // the register the redactions were proposed with: its third parties are covered wherever the bundle prints them
        return new BundleRequest(
                report.register().describe(caseFile.description()),
                documents,
                letter,
                wordings,
                LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
    }
}
