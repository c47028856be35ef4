package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Dates of birth: a real calendar date with "DOB", "born", "date of birth" or "birthday" just before it. */
final class DateOfBirthRecognizer implements PersonalDataRecognizer {

    private static final List<String> CUES =
            List.of("dob", "d.o.b", "date of birth", "born", "birthday", "b.", "birth date");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        Matcher m = WrittenDates.DATE.matcher(text);
        while (m.find()) {
            List<String> context = ContextWords.before(text, m.start(), 25, CUES);
            if (context.isEmpty() || WrittenDates.toDate(m).isEmpty()) {
                continue;
            }
            results.add(PatternMatch.result(
                    this,
                    PersonalDataType.DATE_OF_BIRTH,
                    text,
                    m.start(),
                    m.end(),
                    0.9,
                    Evidence.CONTEXT,
                    "date after words about birth",
                    context));
        }
        return results;
    }
}
