package org.opensar.engine.process;

import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.ProposedRedaction;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.detect.RedactionStatus;

/**
 * A proposed redaction as the report carries it: the text, its offsets into the document's extracted text
 * ({@link org.opensar.engine.extract.ExtractedDocument#fullText()}), the page it is on (from 1), what it is, why
 * (a reason code; {@link RedactionReason#plainEnglish()} says it to the requester), which recognizer found it, how sure,
 * the evidence, whether anyone has decided on it yet, and which part of the document it is in: its text, or the
 * title, author or source the bundle prints (then the offsets are into that, and the page is 0).
 */
public record Redaction(
        String text,
        int start,
        int end,
        int page,
        PersonalDataType type,
        RedactionReason reason,
        String recognizer,
        double score,
        String explanation,
        RedactionStatus status,
        DocumentPart part) {

    /** A proposal in the document's text, on {@code page}. */
    static Redaction of(ProposedRedaction proposal, int page) {
        return of(proposal, page, DocumentPart.BODY);
    }

    /** A proposal in what the bundle prints about the document ({@code part}): its offsets are into that text. */
    static Redaction in(DocumentPart part, ProposedRedaction proposal) {
        return of(proposal, 0, part);
    }

    private static Redaction of(ProposedRedaction proposal, int page, DocumentPart part) {
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
                proposal.status(),
                part);
    }
}
