package org.opensar.server.review;

import java.util.List;
import java.util.UUID;
import org.opensar.engine.duplicates.DuplicateFinder;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.process.DocumentReport;
import org.opensar.engine.process.DuplicateMarker;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a case file's processing once every document is done, in one transaction: the case file becomes ready for
 * review and the engine's duplicate detection marks the copies, so a case file is never ready with its copies
 * unmarked.
 */
@Component
class ProcessingCompletion {

    private final CaseFileRepository caseFiles;
    private final DuplicateFinder duplicates;
    private final DuplicateMarker marker;
    private final ApplicationEventPublisher events;

    ProcessingCompletion(
            CaseFileRepository caseFiles,
            DuplicateFinder duplicates,
            DuplicateMarker marker,
            ApplicationEventPublisher events) {
        this.caseFiles = caseFiles;
        this.duplicates = duplicates;
        this.marker = marker;
        this.events = events;
    }

    @Transactional
    void complete(UUID caseFileId) {
        if (!caseFiles.finish(caseFileId)) {
            return;
        }
        CaseFileSummary caseFile = caseFiles.find(caseFileId).orElseThrow();
        List<DocumentReport> decisions = caseFiles.engineDecisions(caseFileId);
        List<DocumentReport> marked = marker.mark(decisions, duplicates.find(caseFiles.fingerprints(caseFileId)));
        int copies = 0;
        for (int i = 0; i < marked.size(); i++) {
            if (marked.get(i) != decisions.get(i)) {
                caseFiles.markDuplicate(caseFileId, marked.get(i));
                copies++;
            }
        }
        long inReview = marked.stream()
                .filter(d -> d.disposition() == Disposition.REVIEW)
                .count();
        events.publishEvent(new ReviewRecorded(
                caseFile.reference(),
                "system",
                "CASE_FILE_PROCESSED",
                null,
                "{\"documents\":" + marked.size() + ",\"duplicates\":" + copies + ",\"inReview\":" + inReview + "}",
                null));
    }
}
