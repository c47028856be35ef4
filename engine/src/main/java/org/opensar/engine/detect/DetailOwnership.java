package org.opensar.engine.detect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose phone number, e-mail address or identifier the text shows by where it stands after the nearest name before
 * it, judged from the words between the two. In a signature ("Sarah Okafor, Social Worker, Leaving Care Team, 0113
 * 496 0000") only a job title lies between: the number is that person's work number. Right after the data subject is
 * named, in the same paragraph (a line break mid-sentence is only wrapping) and with no relationship word between ("helped Kayleigh with her bank account. Her
 * National Insurance number is ..."), an identifier is the subject's own; "Kayleigh gave her mum's number" is not.
 */
final class DetailOwnership {

    private static final int SIGNATURE_GAP = 80;
    private static final int SUBJECT_GAP = 160;
    private static final Pattern SIGNATURE_SEPARATORS = Pattern.compile("[\\s,;:()/|–—-]+");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d+");
    private static final Set<String> SIGNATURE_WORDS = Set.of(
            "of",
            "and",
            "for",
            "the",
            "&",
            "tel",
            "tel.",
            "telephone",
            "phone",
            "mobile",
            "direct",
            "line",
            "on",
            "ext",
            "ext.",
            "t",
            "m",
            "at");

    private DetailOwnership() {}

    /** Whether the text between a name and a contact detail is a job title and the like, in one paragraph. */
    static boolean signature(String between) {
        if (between.length() > SIGNATURE_GAP || !oneParagraph(between)) {
            return false;
        }
        for (String word : SIGNATURE_SEPARATORS.split(between)) {
            if (!word.isEmpty() && !signatureWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text between the subject's name and an identifier keeps to the subject (see the class comment). */
    static boolean sameSubject(String between) {
        if (between.length() > SUBJECT_GAP || !oneParagraph(between)) {
            return false;
        }
        TokenizedText words = TokenizedText.of(between);
        for (int i = 0; i < words.size(); i++) {
            if (Vocabulary.RELATIONSHIP_WORDS.contains(words.folded(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every line break is one that wrapping put mid-sentence (extracted PDF text breaks lines where the page
     * did): a break after a full stop, question or exclamation mark, or a blank line, may end a paragraph.
     */
    private static boolean oneParagraph(String between) {
        for (int i = between.indexOf('\n'); i >= 0; i = between.indexOf('\n', i + 1)) {
            int before = i - 1;
            while (before >= 0 && Character.isWhitespace(between.charAt(before)) && between.charAt(before) != '\n') {
                before--;
            }
            if (before >= 0 && "\n.!?".indexOf(between.charAt(before)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean signatureWord(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        if (Vocabulary.RELATIONSHIP_WORDS.contains(folded)) {
            return false;
        }
        if (SIGNATURE_WORDS.contains(folded) || NUMBER.matcher(word).matches()) {
            return true;
        }
        return Character.isUpperCase(word.charAt(0)) && word.indexOf('.') < 0;
    }
}
