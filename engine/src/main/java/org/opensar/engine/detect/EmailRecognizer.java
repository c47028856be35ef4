package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses. */
final class EmailRecognizer implements PersonalDataRecognizer {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.%+'-])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+'-]*@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}\\b");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return results;
        }
        Matcher m = EMAIL.matcher(text);
        m.useTransparentBounds(true);
        int searchedTo = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > searchedTo && isLocal(text.charAt(start - 1))) {
                start--;
            }
            m.region(start, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            results.add(PatternMatch.result(
                    this,
                    PersonalDataType.EMAIL,
                    text,
                    m.start(),
                    m.end(),
                    0.95,
                    Evidence.PATTERN,
                    "email address",
                    List.of()));
            searchedTo = m.end();
            at = Math.max(at, m.end() - 1);
        }
        return results;
    }

    private static boolean isLocal(char c) {
        return Character.isLetterOrDigit(c) || "._%+'-".indexOf(c) >= 0;
    }
}
