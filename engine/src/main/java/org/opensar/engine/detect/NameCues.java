package org.opensar.engine.detect;

import java.util.Set;

/** Context around a word that says it names a person: a title before, a cue word, a verb after, a possessive. */
final class NameCues {

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("her", "his", "their", "my", "our", "your");
    private static final NameLists LISTS = NameLists.instance();
    /** The cue of an attribution line: "-- Mark Twain", "— by O. Henry". */
    static final String ATTRIBUTION = "-- (attribution)";
    /** The cue of a speaker's label on a line of its own: "Hemingway:" above what they said. */
    static final String SPEAKER = "name: (speaker)";

    private NameCues() {}

    /** Whether a cue is one that only a person takes ("said", "her friend", "'s"), not a guessed verb. */
    static boolean isPersonWord(String cue) {
        if (cue == null) {
            return false;
        }
        String folded = TokenizedText.fold(cue);
        return cue.equals("'s")
                || cue.equals(ATTRIBUTION)
                || cue.equals(SPEAKER)
                || Vocabulary.PERSON_VERBS_AFTER.contains(folded)
                || Vocabulary.PERSON_CUES_BEFORE.contains(folded);
    }

    /** A lower-case dictionary word ending in -s or -ed just after a name: "Hope drives", "Will moved". */
    private static boolean looksLikeAVerb(TokenizedText text, int word) {
        String folded = text.folded(word);
        if (text.capitalised(word) || folded.length() < 4 || !LISTS.isEnglishWord(folded)) {
            return false;
        }
        return folded.endsWith("ed")
                || (folded.endsWith("s") && !folded.endsWith("ss") && !folded.endsWith("us") && !folded.endsWith("is"));
    }

    /** "her friend Paris", "called Florence": a word before that only a person's name follows ("with" is not). */
    static boolean personWordBefore(TokenizedText text, int first) {
        return first > 0
                && text.adjacentToNext(first - 1)
                && !text.capitalised(first - 1)
                && !text.folded(first - 1).equals("with")
                && Vocabulary.PERSON_CUES_BEFORE.contains(text.folded(first - 1));
    }

    /** "Mr Brown", "Dr. Patel": the word before is a title, separated by at most a full stop and a space. */
    static boolean titleBefore(TokenizedText text, int word) {
        if (word == 0 || !Vocabulary.TITLES.contains(text.folded(word - 1))) {
            return false;
        }
        String gap = text.text().substring(text.end(word - 1), text.start(word));
        return gap.length() <= 3 && gap.strip().replace(".", "").isEmpty() && !gap.isEmpty();
    }

    /**
     * Whether the words from {@code start} open an attribution: a line that begins with a double dash or a dash
     * character, perhaps "by", then the name. A single hyphen opens a list item, which says nothing.
     */
    static boolean attribution(String text, int start) {
        int i = skipSpacesBack(text, start);
        if (i >= 2
                && text.regionMatches(true, i - 2, "by", 0, 2)
                && (i == 2 || !Character.isLetter(text.charAt(i - 3)))) {
            i = skipSpacesBack(text, i - 2);
        }
        if (i >= 2 && text.startsWith("--", i - 2)) {
            i -= 2;
        } else if (i >= 1 && (text.charAt(i - 1) == '—' || text.charAt(i - 1) == '―')) {
            i -= 1;
        } else {
            return false;
        }
        i = skipSpacesBack(text, i);
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    /** Whether {@code first..last} is all of a line but a colon that ends it: a speaker's label above their words. */
    private static boolean speakerLabel(TokenizedText text, int first, int last) {
        String s = text.text();
        int before = skipSpacesBack(s, text.start(first));
        if (before > 0 && s.charAt(before - 1) != '\n') {
            return false;
        }
        int end = text.end(last);
        if (end >= s.length() || s.charAt(end) != ':') {
            return false;
        }
        int next = s.indexOf('\n', end);
        return next > 0 && s.substring(end + 1, next).isBlank();
    }

    /** The position after the spaces and tabs (not line breaks) that end just before {@code at}. */
    private static int skipSpacesBack(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i;
    }

    /** The context word that marks {@code first..last} as a person, or null when there is none. */
    static String cue(TokenizedText text, int first, int last) {
        if (text.possessive(last)) {
            return "'s";
        }
        if (attribution(text.text(), titleBefore(text, first) ? text.start(first - 1) : text.start(first))) {
            return ATTRIBUTION;
        }
        if (speakerLabel(text, first, last)) {
            return SPEAKER;
        }
        if (text.adjacentToNext(last)) {
            String after = text.folded(last + 1);
            if (Vocabulary.PERSON_VERBS_AFTER.contains(after) || looksLikeAVerb(text, last + 1)) {
                return text.word(last + 1);
            }
            if (after.equals("and") && last + 2 < text.size() && text.adjacentToNext(last + 1)) {
                String then = text.folded(last + 2);
                if (text.capitalised(last + 2) || POSSESSIVE_PRONOUNS.contains(then)) {
                    return "and " + text.word(last + 2);
                }
            }
        }
        if (first > 0 && text.adjacentToNext(first - 1)) {
            String before = text.folded(first - 1);
            if (!text.capitalised(first - 1) && Vocabulary.PERSON_CUES_BEFORE.contains(before)) {
                return text.word(first - 1);
            }
            if (before.equals("and") && first > 1 && text.capitalised(first - 2) && text.adjacentToNext(first - 2)) {
                return "and";
            }
        }
        return null;
    }
}
