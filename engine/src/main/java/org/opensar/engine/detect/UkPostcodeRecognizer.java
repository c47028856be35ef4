package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** UK postcodes in the Royal Mail formats (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA), capitals only. */
final class UkPostcodeRecognizer implements PersonalDataRecognizer {

    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
                    + "|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y])(?: |\\r?\\n)?[0-9][ABD-HJLNP-UW-Z]{2})\\b");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(POSTCODE, text, PatternScan.capitalOrDigitWordStart(text), m -> {
            boolean spaced = m.group().indexOf(' ') > 0;
            results.add(PatternMatch.result(
                    this,
                    PersonalDataType.POSTCODE,
                    text,
                    m.start(),
                    m.end(),
                    spaced ? 0.9 : 0.75,
                    Evidence.PATTERN,
                    "UK postcode",
                    List.of()));
        });
        return results;
    }
}
