package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonalDataDetector;

/**
 * Proposes redactions of third-party personal data in every document, using the case's people register. A withheld
 * or removed document is not disclosed, but an officer may change that decision: its proposals are then already
 * waiting for a decision, and it cannot reach the requester with its third parties' data showing.
 */
public final class PersonalDataRedactions implements RedactionStage {

    private volatile CaseDetector current;

    private record CaseDetector(CaseDescription description, PersonalDataDetector detector) {}

    @Override
    public List<Redaction> propose(CaseDescription description, String text, List<Integer> pageStarts) {
        return detectorFor(description).detect(text).stream()
                .map(proposal -> Redaction.of(proposal, pageAt(pageStarts, proposal.start())))
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

    /** The page (from 1) holding {@code offset}, given where each page starts. */
    static int pageAt(List<Integer> pageStarts, int offset) {
        int page = 1;
        for (int i = 1; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
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
