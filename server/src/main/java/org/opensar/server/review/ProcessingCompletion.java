package org.opensar.server.review;

import java.util.List;
import java.util.UUID;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.duplicates.DuplicateFinder;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.engine.process.DocumentReport;
import org.opensar.engine.process.DuplicateMarker;
import org.opensar.engine.process.SharedTextMarker;
import org.opensar.server.casework.CaseReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a case file's processing once every document is done, in one transaction: the case file becomes ready for
 * review, the engine's duplicate detection marks the copies and the documents inside others (lining up the stored
 * texts of the pairs it finds alike), a document to disclose that holds a withheld one's text
 * goes to review, and the people register is built from every document and the redactions proposed again with it, so
 * a case file is never ready with its copies unmarked, such a conflict unflagged, or its register unused.
 */
@Component
class ProcessingCompletion {

    private final CaseFileRepository caseFiles;
    private final DuplicateFinder duplicates;
    private final DuplicateMarker marker;
    private final SharedTextMarker sharedText;
    private final CasePeople people;
    private final ApplicationEventPublisher events;

    ProcessingCompletion(
            CaseFileRepository caseFiles,
            DuplicateFinder duplicates,
            DuplicateMarker marker,
            SharedTextMarker sharedText,
            CasePeople people,
            ApplicationEventPublisher events) {
        this.caseFiles = caseFiles;
        this.duplicates = duplicates;
        this.marker = marker;
        this.sharedText = sharedText;
        this.people = people;
        this.events = events;
    }

    @Transactional
    void complete(UUID caseFileId) {
        if (!caseFiles.finish(caseFileId)) {
            return;
        }
        CaseFileSummary caseFile = caseFiles.find(caseFileId).orElseThrow();
        List<DocumentReport> decisions = caseFiles.engineDecisions(caseFileId);
        List<DocumentFingerprint> fingerprints = caseFiles.fingerprints(caseFileId);
        List<DocumentReport> marked = sharedText.mark(
                marker.mark(
                        decisions,
                        duplicates.find(fingerprints, file -> caseFiles.text(caseFileId, file)),
                        fingerprints),
                fingerprints);
        int copies = 0;
        int sharingText = 0;
        for (int i = 0; i < marked.size(); i++) {
            if (marked.get(i) != decisions.get(i)) {
                caseFiles.redecide(caseFileId, marked.get(i));
                if (marked.get(i).reason() == ReasonCode.DUPLICATE) {
                    copies++;
                } else {
                    sharingText++;
                }
            }
        }
        people.build(caseFile);
        long inReview = marked.stream()
                .filter(d -> d.disposition() == Disposition.REVIEW)
                .count();
        events.publishEvent(new CaseFileProcessed(
                new CaseReference(caseFile.reference()),
                new CaseFileProcessed.Processed(marked.size(), copies, sharingText, inReview)));
    }
}
