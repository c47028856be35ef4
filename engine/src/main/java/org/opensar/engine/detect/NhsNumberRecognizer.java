package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** NHS numbers: ten digits (3-3-4, spaced or not) whose modulus-11 check digit is right. */
final class NhsNumberRecognizer implements PersonalDataRecognizer {

    private static final Pattern NHS_NUMBER = Pattern.compile("(?<![\\d-])\\d{3}([ -]?)\\d{3}\\1\\d{4}(?![\\d-])");
    private static final List<String> CUES = List.of("nhs", "health", "patient");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(NHS_NUMBER, text, PatternScan.digitRunStart(text), m -> {
            if (!checkDigitValid(m.group().replaceAll("\\D", ""))) {
                return;
            }
            List<String> context = ContextWords.before(text, m.start(), 40, CUES);
            results.add(PatternMatch.result(
                    this,
                    PersonalDataType.NHS_NUMBER,
                    text,
                    m.start(),
                    m.end(),
                    context.isEmpty() ? 0.8 : 1.0,
                    context.isEmpty() ? Evidence.VALIDATED_PATTERN : Evidence.CONTEXT,
                    "NHS number with a valid check digit",
                    context));
        });
        return results;
    }

    /** Weights 10 down to 2 on the first nine digits; 11 minus the remainder mod 11 is the tenth (11 means 0). */
    static boolean checkDigitValid(String digits) {
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
