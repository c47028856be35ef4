package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.detect.PersonalDataDetector;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Disposition;

/**
 * Proposes redactions of third-party personal data in every document that may reach the requester (disclosed,
 * or waiting for an officer's review), using the case's people register. Withheld and removed documents are not
 * disclosed at all, so nothing in them is proposed.
 */
public final class PersonalDataRedactions implements RedactionStage {

    private volatile CaseDetector current;

    private record CaseDetector(CaseDescription description, PersonalDataDetector detector) {}

    @Override
    public List<Redaction> propose(CaseDescription description, ExtractedDocument document, Decision decision) {
        if (decision.disposition() == Disposition.WITHHOLD || decision.disposition() == Disposition.REMOVE) {
            return List.of();
        }
        String text = document.fullText();
        return detectorFor(description).detect(text).stream()
                .map(proposal -> Redaction.of(proposal, document.pageAt(proposal.start())))
                .toList();
    }

    /** One detector per case: building it indexes the people register, so it is shared by all documents. */
    private PersonalDataDetector detectorFor(CaseDescription description) {
        CaseDetector cached = current;
        if (cached == null || cached.description() != description) {
            cached = new CaseDetector(description, PersonalDataDetector.forCase(description));
            current = cached;
        }
        return cached.detector();
    }
}
