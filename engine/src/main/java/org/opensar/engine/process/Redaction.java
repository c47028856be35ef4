package org.opensar.engine.process;

import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.ProposedRedaction;
import org.opensar.engine.detect.ReasonCode;
import org.opensar.engine.detect.RedactionStatus;

/**
 * A proposed redaction as the report carries it: the text, its offsets into the document's extracted text
 * ({@link org.opensar.engine.extract.ExtractedDocument#fullText()}), the page it is on (from 1), what it is, why
 * (a reason code; {@link ReasonCode#plainEnglish()} says it to the requester), which recognizer found it, how sure,
 * the evidence, and whether anyone has decided on it yet.
 */
public record Redaction(
        String text,
        int start,
        int end,
        int page,
        PersonalDataType type,
        ReasonCode reason,
        String recognizer,
        double score,
        String explanation,
        RedactionStatus status) {

    static Redaction of(ProposedRedaction proposal, int page) {
        return new Redaction(
                proposal.text(),
                proposal.start(),
                proposal.end(),
                page,
                proposal.type(),
                proposal.reason(),
                proposal.recognizer(),
                proposal.score(),
                proposal.explanation().toString(),
                proposal.status());
    }
}
