package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Dates of birth: a real calendar date with "DOB", "born", "date of birth" or "birthday" just before it, or alone in
 * brackets right after a name, as records introduce people ("Gary Fletcher (01/02/1980)").
 */
final class DateOfBirthRecognizer implements PersonalDataRecognizer {

    private static final List<String> CUES =
            List.of("dob", "d.o.b", "date of birth", "born", "birthday", "b.", "birth date");

    private final NameLists names = NameLists.instance();

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        PatternScan.matches(WrittenDates.DATE, text, i -> startsDate(text, i), m -> {
            if (WrittenDates.toDate(m).isEmpty()) {
                return;
            }
            List<String> context = ContextWords.before(text, m.start(), sameParagraph(text, m.start(), 25), CUES);
            if (!context.isEmpty()) {
                results.add(dateOfBirth(text, m.start(), m.end(), 0.9, "date after words about birth", context));
            } else if (inBracketsAfterName(tokens, m.start(), m.end())) {
                results.add(dateOfBirth(text, m.start(), m.end(), 0.8, "date in brackets after a name", List.of()));
            }
        });
        return results;
    }

    private RecognizerResult dateOfBirth(
            String text, int start, int end, double score, String detail, List<String> context) {
        return PatternMatch.result(
                this, PersonalDataType.DATE_OF_BIRTH, text, start, end, score, Evidence.CONTEXT, detail, context);
    }

    /** "(date)" whose opening bracket follows a capitalised word that may be a name (not "Monday", "Section"). */
    private boolean inBracketsAfterName(TokenizedText tokens, int start, int end) {
        String text = tokens.text();
        if (start == 0 || text.charAt(start - 1) != '(' || end >= text.length() || text.charAt(end) != ')') {
            return false;
        }
        int word = tokens.lastWordBefore(start - 1);
        if (word < 0
                || !tokens.capitalised(word)
                || text.substring(tokens.end(word), start - 1).strip().length() > 0) {
            return false;
        }
        String folded = tokens.folded(word);
        return !Vocabulary.TITLES.contains(folded)
                && !NotNames.instance().neverAName(folded)
                && (names.isName(folded) || !names.isEnglishWord(folded));
    }

    /**
     * How far back from {@code start}, at most {@code window}, the paragraph holding it goes: a cue in the entry
     * before ("... at his sister's birthday.\n16 November 2018 - Text") is not about this date. A line break after a
     * full stop, question or exclamation mark ends a paragraph, as a blank line does.
     */
    private static int sameParagraph(String text, int start, int window) {
        for (int i = start - 1; i >= Math.max(0, start - window); i--) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before < 0 || "\n.!?".indexOf(text.charAt(before)) >= 0) {
                return start - i;
            }
        }
        return window;
    }

    /** A digit or a month's first letter at the start of a word. */
    private static boolean startsDate(String text, int i) {
        char c = text.charAt(i);
        return (Character.isDigit(c) || "JFMASONDjfmasond".indexOf(c) >= 0)
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
