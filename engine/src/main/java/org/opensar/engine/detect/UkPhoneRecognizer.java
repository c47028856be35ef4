package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * UK telephone numbers in every common layout: {@code +44 7700 900123}, {@code 07700 900123}, {@code (0161) 496 0000},
 * {@code 0113 496 0000}, {@code 020 7946 0000}, {@code +44 (0)20 7946 0000}. The digits are validated: ten after the
 * trunk zero (nine for a few old area codes), starting 1, 2, 3, 5, 7 or 8.
 */
final class UkPhoneRecognizer implements PersonalDataRecognizer {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w+])(?:(?:\\+|00)44[\\s-]?(?:\\(0\\)[\\s-]?)?\\(?|\\(?0)\\d[\\d\\s()-]{7,16}\\d(?!\\d)");
    private static final List<String> CUES = List.of(
            "tel",
            "telephone",
            "phone",
            "mobile",
            "mob",
            "call",
            "number",
            "contact",
            "landline",
            "ring",
            "text",
            "no");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(CANDIDATE, text, i -> startsNumber(text, i), m -> {
            int end = nationalNumberEnd(text, m.start(), m.end());
            if (end < 0) {
                return;
            }
            int start = withoutUnmatchedBracket(text, m.start(), end);
            List<String> context = ContextWords.before(text, start, 30, CUES);
            boolean mobile = text.substring(start, end).replaceAll("\\D", "").matches("(?:44)?0?7\\d+");
            double score = !context.isEmpty() ? 0.95 : mobile ? 0.85 : 0.75;
            Evidence evidence = context.isEmpty() ? Evidence.VALIDATED_PATTERN : Evidence.CONTEXT;
            results.add(PatternMatch.result(
                    this, PersonalDataType.PHONE, text, start, end, score, evidence, "UK telephone number", context));
        });
        return results;
    }

    /**
     * Where the number starts: an opening bracket is part of it only when its closing bracket is too ("(0121) 496
     * 0000"); in "(07700 900123, her mobile)" the bracket belongs to the sentence.
     */
    private static int withoutUnmatchedBracket(String text, int start, int end) {
        int close = text.indexOf(')', start);
        if (text.charAt(start) == '(' && (close < 0 || close >= end)) {
            return start + 1;
        }
        return start;
    }

    private static boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        return (c == '+' || c == '(' || c == '0') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** Where the number ends once 10 (or 9) national digits are counted, or -1 when the digits do not fit. */
    static int nationalNumberEnd(String text, int start, int end) {
        int i = start;
        while (!Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (text.startsWith("0044", i)) {
            i += 4;
        } else if (text.charAt(start) == '+' && text.startsWith("44", i)) {
            i += 2;
        } else {
            i++;
        }
        int national = 0;
        int[] endAfter = new int[12];
        char first = 0;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c)) {
                continue;
            }
            if (national == 0 && c == '0') {
                continue;
            }
            if (national == 0) {
                first = c;
            }
            national++;
            if (national > 10) {
                break;
            }
            endAfter[national] = i + 1;
        }
        if ("123578".indexOf(first) < 0) {
            return -1;
        }
        for (int digits = 10; digits >= 9; digits--) {
            int candidateEnd = endAfter[digits];
            if (national >= digits && candidateEnd > 0 && !followedByDigitInGroup(text, candidateEnd)) {
                return candidateEnd;
            }
        }
        return -1;
    }

    private static boolean followedByDigitInGroup(String text, int end) {
        return end < text.length() && Character.isDigit(text.charAt(end));
    }
}
