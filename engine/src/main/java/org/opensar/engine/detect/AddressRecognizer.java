package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Address lines: a house number and a street ("14 Acacia Avenue", "Flat 2, 7 Mill Lane"), with the town after a comma
 * where the address ends there (at a postcode, punctuation or the end of the line: "14 Acacia Avenue, Leeds LS1
 * 4AB"), and flats in named buildings ("Flat 3, Kingsway House"). Towns on their own are not addresses. The words of
 * an address may be split across one line break, as wrapped text splits them. The postcode is left to {@link
 * UkPostcodeRecognizer}.
 */
final class AddressRecognizer implements PersonalDataRecognizer {

    private static final String STREET_WORDS = "Road|Rd|Street|St|Close|Cl|Avenue|Ave|Lane|Ln|Drive|Way|Crescent|Cres"
            + "|Court|Ct|Gardens|Gdns|Place|Pl|Terrace|Grove|Park|Hill|Walk|Square|Sq|Mews|Row|View|Rise|Green"
            + "|Parade|Croft|Fold|Gate|Vale|Wharf|Yard|Meadows?|Heights|Broadway|Boulevard|Crest|Wynd|Chase|Dale";
    private static final String FLAT = "(?:Flat|Apartment|Apt|Unit|Room)\\s+\\d{1,4}[A-Za-z]?";
    private static final String GAP = "(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)";
    private static final String WORD = "[A-Z][a-z'’]+";
    private static final String TOWN = ",[ \\t]*(?:\\r?\\n[ \\t]*)?" + WORD + "(?:(?:[ -]upon[ -]|-on-|-le-|[ \\t]+|-)"
            + WORD + "){0,3}(?=[ \\t]+[A-Z]{1,2}\\d|[ \\t]*(?:[.,;:)]|\\r?\\n|$))";
    private static final Pattern STREET_LINE =
            Pattern.compile("\\b(?:" + FLAT + ",?\\s+)?\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?,?" + "\\s+(?:" + WORD + GAP
                    + "){1,3}(?:" + STREET_WORDS + ")\\b(" + TOWN + ")?");
    private static final Pattern FLAT_IN_BUILDING = Pattern.compile("\\b" + FLAT
            + "(?:,?\\s+(?:[A-Z][a-z'’]+[ \\t]+){1,3}(?:House|Court|Lodge|Tower|Mansions|Buildings|Heights|Place))?");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(STREET_LINE, text, PatternScan.capitalOrDigitWordStart(text), street -> {
            boolean town = street.group(1) != null;
            results.add(
                    town
                            ? address(text, street.start(), street.end(), 0.9, "house number, street and town")
                            : address(text, street.start(), street.end(), 0.85, "house number and street"));
        });
        PatternScan.matches(FLAT_IN_BUILDING, text, PatternScan.capitalOrDigitWordStart(text), flat -> {
            int start = flat.start();
            if (results.stream()
                    .anyMatch(r -> r.span().start() <= start && start < r.span().end())) {
                return;
            }
            results.add(address(text, flat.start(), flat.end(), 0.7, "flat or unit number"));
        });
        return results;
    }

    private RecognizerResult address(String text, int start, int end, double score, String detail) {
        return PatternMatch.result(
                this, PersonalDataType.ADDRESS, text, start, end, score, Evidence.PATTERN, detail, List.of());
    }
}
