package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;

/** Dates of birth: a real calendar date with "DOB", "born", "date of birth" or "birthday" just before it. */
final class DateOfBirthRecognizer implements PersonalDataRecognizer {

    private static final List<String> CUES =
            List.of("dob", "d.o.b", "date of birth", "born", "birthday", "b.", "birth date");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(WrittenDates.DATE, text, i -> startsDate(text, i), m -> {
            List<String> context = ContextWords.before(text, m.start(), 25, CUES);
            if (context.isEmpty() || WrittenDates.toDate(m).isEmpty()) {
                return;
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
        });
        return results;
    }

    /** A digit or a month's first letter at the start of a word. */
    private static boolean startsDate(String text, int i) {
        char c = text.charAt(i);
        return (Character.isDigit(c) || "JFMASONDjfmasond".indexOf(c) >= 0)
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
