package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bank details: sort codes (12-34-56; with spaces only near "sort code") and eight-digit account numbers near
 * "account". A hyphenated six-digit group that is also a real date counts only near bank words.
 */
final class BankDetailsRecognizer implements PersonalDataRecognizer {

    private static final Pattern SORT_CODE = Pattern.compile("(?<![\\d-])\\d{2}([- ])\\d{2}\\1\\d{2}(?![\\d-])");
    private static final Pattern ACCOUNT = Pattern.compile("(?<![\\d-])\\d{8}(?![\\d-])");
    private static final List<String> SORT_CUES = List.of("sort", "s/c", "bank");
    private static final List<String> ACCOUNT_CUES =
            List.of("account", "acc", "a/c", "acct", "bank", "account number", "account no");

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(SORT_CODE, text, PatternScan.digitRunStart(text), sort -> {
            List<String> context = ContextWords.before(text, sort.start(), 30, SORT_CUES);
            boolean plausible = sort.group(1).equals("-")
                    && WrittenDates.parse(sort.group()).isEmpty();
            if (context.isEmpty() && !plausible) {
                return;
            }
            results.add(bank(text, sort.start(), sort.end(), context.isEmpty() ? 0.6 : 0.95, "sort code", context));
        });
        PatternScan.matches(ACCOUNT, text, PatternScan.digitRunStart(text), account -> {
            List<String> context = ContextWords.before(text, account.start(), 30, ACCOUNT_CUES);
            if (!context.isEmpty()) {
                results.add(bank(text, account.start(), account.end(), 0.9, "bank account number", context));
            }
        });
        return results;
    }

    private RecognizerResult bank(String text, int start, int end, double score, String detail, List<String> context) {
        return PatternMatch.result(
                this,
                PersonalDataType.BANK_DETAILS,
                text,
                start,
                end,
                score,
                context.isEmpty() ? Evidence.PATTERN : Evidence.CONTEXT,
                detail,
                context);
    }
}
