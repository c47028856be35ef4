package org.opensar.engine.detect;

import java.util.List;
import java.util.Optional;

/** Builds results for the pattern recognizers, which never know whose data they found. */
final class PatternMatch {

    private PatternMatch() {}

    static RecognizerResult result(
            PersonalDataRecognizer recognizer,
            PersonalDataType type,
            String text,
            int start,
            int end,
            double score,
            Evidence evidence,
            String detail,
            List<String> context) {
        TextSpan span = new TextSpan(start, end);
        return new RecognizerResult(
                type,
                span,
                span.of(text),
                score,
                recognizer.name(),
                new Explanation(evidence, detail, context),
                Optional.empty());
    }
}
