package org.opensar.engine.detect;

import java.util.List;
import org.opensar.engine.casefile.CaseDescription;

/** A synthetic text with the spans a careful officer would redact or keep, and the case it belongs to. */
record AnnotatedText(CaseDescription description, String text, List<Annotation> annotations) {

    enum Expectation {
        REDACT,
        KEEP
    }

    /** One occurrence: where it is, whether it must go or stay, and its slot (e.g. FRIEND_FIRST) for reporting. */
    record Annotation(TextSpan span, Expectation expectation, String slot, boolean personName) {}
}
