package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * UK number plates. The current format (AB12 CDE) is distinctive enough alone; the older prefix (A123 BCD), suffix
 * (ABC 123D) and dateless (ABC 123) formats count only near words such as "car", "reg" or "vehicle".
 */
final class VehicleRegistrationRecognizer implements PersonalDataRecognizer {

    private static final Pattern CURRENT =
            Pattern.compile("\\b[A-HJ-PR-Y][A-HJ-PR-Y][0-9]{2}(?: |\\r?\\n)?[A-HJ-PR-Z]{3}\\b");
    private static final Pattern OLDER =
            Pattern.compile("\\b(?:[A-HJ-NP-Y][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-HJ-NP-Y]"
                    + "|[A-Z]{1,3} ?[0-9]{1,4}|[0-9]{1,4} ?[A-Z]{1,3})\\b");
    private static final List<String> CUES = List.of(
            "car",
            "cars",
            "vehicle",
            "van",
            "reg",
            "registration",
            "number plate",
            "numberplate",
            "vrm",
            "driving",
            "drives",
            "drove",
            "motorbike",
            "taxi");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(CURRENT, text, PatternScan.capitalOrDigitWordStart(text), current -> {
            List<String> context = ContextWords.before(text, current.start(), 40, CUES);
            results.add(plate(text, current.start(), current.end(), context.isEmpty() ? 0.6 : 0.9, context));
        });
        PatternScan.matches(OLDER, text, PatternScan.capitalOrDigitWordStart(text), older -> {
            TextSpan span = new TextSpan(older.start(), older.end());
            if (span.length() < 4
                    || !hasLetterAndDigit(older.group())
                    || results.stream().anyMatch(r -> r.span().overlaps(span))) {
                return;
            }
            List<String> context = ContextWords.before(text, older.start(), 40, CUES);
            if (!context.isEmpty()) {
                results.add(plate(text, older.start(), older.end(), 0.8, context));
            }
        });
        return results;
    }

    private static boolean hasLetterAndDigit(String plate) {
        return plate.chars().anyMatch(Character::isLetter) && plate.chars().anyMatch(Character::isDigit);
    }

    private RecognizerResult plate(String text, int start, int end, double score, List<String> context) {
        return PatternMatch.result(
                this,
                PersonalDataType.VEHICLE_REGISTRATION,
                text,
                start,
                end,
                score,
                context.isEmpty() ? Evidence.PATTERN : Evidence.CONTEXT,
                "UK vehicle registration",
                context);
    }
}
