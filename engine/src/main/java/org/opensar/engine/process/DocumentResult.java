package org.opensar.engine.process;

import java.util.List;
import org.opensar.engine.policy.Decision;

/** What the pipeline keeps of one document once its text is gone: small, so memory stays flat as cases grow. */
record DocumentResult(String file, String title, Decision decision, int pages, List<Redaction> redactions) {

    DocumentResult {
        redactions = List.copyOf(redactions);
    }

    DocumentResult withDecision(Decision replaced) {
        return new DocumentResult(file, title, replaced, pages, redactions);
    }

    boolean failed() {
        return switch (decision.reason()) {
            case NEEDS_OCR,
                    CORRUPT,
                    PASSWORD_PROTECTED,
                    EMPTY,
                    UNSUPPORTED_FORMAT,
                    TOO_LARGE,
                    TIMED_OUT,
                    EXTRACTION_FAILED,
                    PROCESSING_FAILED -> true;
            default -> false;
        };
    }
}
