package org.opensar.server.review;

import java.time.Clock;
import java.util.List;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second-person check: an IG manager, not the one who sent the review for checking, sees what officers changed
 * of the engine's proposals and what is withheld, and approves the disclosure for release or returns it with
 * comments. Nothing is released without an approval.
 */
@Service
public class QualityCheck {

    private final Casework casework;
    private final Workbench workbench;
    private final CaseFileRepository caseFiles;
    private final RedactionRepository redactions;
    private final ReleaseRepository releases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QualityCheck(
            Casework casework,
            Workbench workbench,
            CaseFileRepository caseFiles,
            RedactionRepository redactions,
            ReleaseRepository releases,
            ApplicationEventPublisher events,
            Clock clock) {
        this.casework = casework;
        this.workbench = workbench;
        this.caseFiles = caseFiles;
        this.redactions = redactions;
        this.releases = releases;
        this.events = events;
        this.clock = clock;
    }

    /** What the manager checks: changes from the engine's proposals, what is withheld and why, earlier checks. */
    public record Summary(
            CaseFileSummary caseFile,
            ReviewProgress progress,
            List<CaseFileRepository.DispositionCount> dispositions,
            List<CaseFileRepository.ReasonCount> withheld,
            List<ReviewDocument> changedDocuments,
            List<RedactionView> changedRedactions,
            List<QualityCheckRecord> checks,
            List<ReviewNote> notes) {}

    public Summary summary(CaseReference reference) {
        return summary(workbench.caseFile(reference));
    }

    public Summary summary(CaseFileSummary caseFile) {
        return new Summary(
                caseFile,
                caseFiles.progress(caseFile.id()),
                caseFiles.countsByDisposition(caseFile.id()),
                caseFiles.withheldByReason(caseFile.id()),
                caseFiles.changedByOfficers(caseFile.id()),
                redactions.officerChanges(caseFile.id()),
                releases.checks(caseFile.id()),
                redactions.notes(caseFile.id(), null));
    }

    @Transactional
    public void approve(CaseReference reference, String comments, Actor actor) {
        CaseFileSummary caseFile = workbench.caseFile(reference);
        casework.act(reference, new ActionInput(RequestAction.APPROVE_FOR_RELEASE, comments, null), actor);
        check(reference, caseFile, QualityCheckOutcome.APPROVED, comments, actor);
    }

    @Transactional
    public void returnToOfficer(CaseReference reference, String comments, Actor actor) {
        CaseFileSummary caseFile = workbench.caseFile(reference);
        if (comments == null || comments.isBlank()) {
            throw new CaseFileRefusedException("Say what the officer should look at again.");
        }
        casework.act(reference, new ActionInput(RequestAction.RETURN_FROM_QA, comments, null), actor);
        check(reference, caseFile, QualityCheckOutcome.RETURNED, comments, actor);
    }

    private void check(
            CaseReference reference,
            CaseFileSummary caseFile,
            QualityCheckOutcome outcome,
            String comments,
            Actor actor) {
        String text = comments == null || comments.isBlank() ? null : comments.strip();
        releases.addCheck(caseFile.id(), outcome, actor.username(), clock.instant(), text);
        events.publishEvent(new QualityChecked(reference, actor, new QualityChecked.Checked(outcome), text));
    }
}
