package org.opensar.server.review;

import java.util.List;
import java.util.Optional;
import org.opensar.server.casework.ActionGuard;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.casework.RequestEvent;
import org.opensar.server.casework.RequestEventType;
import org.opensar.server.staff.Actor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a case file adds to the lifecycle: a request with one goes for checking only once its review is complete, is
 * approved by a second person (not whoever sent it), and is closed only by releasing its bundle; a request without one
 * has nothing to release.
 */
@Component
class ReviewGuard implements ActionGuard {

    private final CaseFileRepository caseFiles;
    private final ReleaseRepository releases;
    private final Casework casework;

    ReviewGuard(CaseFileRepository caseFiles, ReleaseRepository releases, @Lazy Casework casework) {
        this.caseFiles = caseFiles;
        this.releases = releases;
        this.casework = casework;
    }

    @Override
    public Optional<String> refusal(InformationRequest request, RequestAction action, Actor actor) {
        return switch (action) {
            case SEND_FOR_QA, APPROVE_AND_RESPOND, APPROVE_FOR_RELEASE, RELEASE ->
                refusal(request, action, actor, caseFiles.forRequest(request.id()));
            default -> Optional.empty();
        };
    }

    private Optional<String> refusal(
            InformationRequest request, RequestAction action, Actor actor, Optional<CaseFileSummary> caseFile) {
        return switch (action) {
            case SEND_FOR_QA -> caseFile.flatMap(this::reviewIncomplete);
            case APPROVE_AND_RESPOND ->
                caseFile.map(f -> "This request has a case file: approve the disclosure for release, then release"
                        + " its bundle.");
            case APPROVE_FOR_RELEASE ->
                caseFile.isEmpty()
                        ? Optional.of("There is no case file to release: approve and record the response as sent.")
                        : sentForCheckingBy(request, actor);
            case RELEASE ->
                caseFile.map(CaseFileSummary::id).flatMap(releases::forCaseFile).isPresent()
                        ? Optional.empty()
                        : Optional.of("Release the bundle from the case file's release page: it is rendered, verified"
                                + " and packaged there.");
            default -> Optional.empty();
        };
    }

    private Optional<String> reviewIncomplete(CaseFileSummary caseFile) {
        if (caseFile.status() != CaseFileStatus.PROCESSED) {
            return Optional.of("The case file is " + caseFile.status().label().toLowerCase() + ".");
        }
        ReviewProgress progress = caseFiles.progress(caseFile.id());
        if (progress.complete()) {
            return Optional.empty();
        }
        return Optional.of("The review is not finished: " + (progress.documents() - progress.settled())
                + " documents still need a decision (" + progress.documentsInReview() + " in review, "
                + progress.openRedactions() + " proposed redactions open).");
    }

    private Optional<String> sentForCheckingBy(InformationRequest request, Actor actor) {
        List<RequestEvent> timeline = casework.timeline(request.reference());
        return timeline.stream()
                .filter(e -> e.type() == RequestEventType.SEND_FOR_QA)
                .reduce((first, second) -> second)
                .filter(sent -> sent.actor().equals(actor.username()))
                .map(sent -> "A second person must approve: you sent this review for checking.");
    }
}
