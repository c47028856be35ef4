package org.opensar.engine.detect;

import java.util.List;

/** Finds one kind of personal data in a text. Implementations are immutable and safe to share between threads. */
public interface PersonalDataRecognizer {

    /** The name shown in explanations and redaction logs. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Every match in the text; never changes the text. */
    List<RecognizerResult> recognize(TokenizedText text);
}
