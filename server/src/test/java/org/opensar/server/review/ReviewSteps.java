package org.opensar.server.review;

import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/** Review steps the tests take through the workbench the pages use, where clicking each would add nothing. */
final class ReviewSteps {

    private ReviewSteps() {}

    /** Decides everything still open: documents in review become correspondence, open proposals are accepted. */
    static void settleTheRest(Workbench workbench, CaseReference reference, Actor officer, String why) {
        for (ReviewDocument d : workbench.documents(reference, ReviewFilter.ALL.withNeedsReview(true), 0, 1000)) {
            if (d.disposition() == Disposition.REVIEW) {
                workbench.changeDisposition(reference, d.id(), ReasonCode.CORRESPONDENCE, why, officer);
            }
            for (RedactionView r : workbench.document(reference, d.id()).redactions()) {
                if (r.open()) {
                    workbench.decide(reference, r.id(), RedactionDecision.ACCEPTED, officer);
                }
            }
        }
    }

    /** The text, lower case, of the case file's documents other than {@code document} that {@code counted} keeps. */
    static String textOfOtherDocuments(
            Workbench workbench, CaseReference reference, long document, Predicate<ReviewDocument> counted) {
        return workbench.documents(reference, ReviewFilter.ALL, 0, 1000).stream()
                .filter(d -> d.id() != document && counted.test(d))
                .map(d -> workbench.document(reference, d.id()).content().text())
                .collect(Collectors.joining("\n"))
                .toLowerCase();
    }
}
