package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * National Insurance numbers (AB 12 34 56 C): the prefix letters HMRC allows (no D, F, I, Q, U or V; no O second;
 * not BG, GB, KN, NK, NT, TN or ZZ) and a suffix A to D.
 */
final class NinoRecognizer implements PersonalDataRecognizer {

    /** A space, or the line break that wrapping put in its place. */
    private static final String GAP = "(?: |\\r?\\n)?";

    private static final Pattern NINO = Pattern.compile("\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            + GAP + "\\d{2}" + GAP + "\\d{2}" + GAP + "\\d{2}" + GAP + "[A-D]\\b");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(NINO, text, PatternScan.capitalOrDigitWordStart(text), m -> {
            results.add(PatternMatch.result(
                    this,
                    PersonalDataType.NI_NUMBER,
                    text,
                    m.start(),
                    m.end(),
                    0.9,
                    Evidence.VALIDATED_PATTERN,
                    "National Insurance number with a valid prefix",
                    List.of()));
        });
        return results;
    }
}
