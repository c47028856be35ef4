package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonalDataDetector;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.policy.Decision;

/**
 * Proposes redactions of third-party personal data in every document, using the case's people register. A withheld
 * or removed document is not disclosed, but an officer may change that decision: its proposals are then already
 * waiting for a decision, and it cannot reach the requester with its third parties' data showing.
 */
public final class PersonalDataRedactions implements RedactionStage {

    private volatile CaseDetector current;

    private record CaseDetector(CaseDescription description, PersonalDataDetector detector) {}

    @Override
    public List<Redaction> propose(CaseDescription description, ExtractedDocument document, Decision decision) {
        String text = document.fullText();
        return detectorFor(description).detect(text).stream()
                .map(proposal -> Redaction.of(proposal, document.pageAt(proposal.start())))
                .toList();
    }

    @Override
    public List<Redaction> proposeIn(CaseDescription description, DocumentPart part, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return detectorFor(description).detect(text).stream()
                .map(proposal -> Redaction.in(part, proposal))
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
