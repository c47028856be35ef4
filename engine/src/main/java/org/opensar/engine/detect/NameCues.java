package org.opensar.engine.detect;

import java.util.Set;

/** Context around a word that says it names a person: a title before, a cue word, a verb after, a possessive. */
final class NameCues {

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("her", "his", "their", "my", "our", "your");
    private static final NameLists LISTS = NameLists.instance();

    private NameCues() {}

    /** Whether a cue is one that only a person takes ("said", "her friend", "'s"), not a guessed verb. */
    static boolean isPersonWord(String cue) {
        if (cue == null) {
            return false;
        }
        String folded = TokenizedText.fold(cue);
        return cue.equals("'s")
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

    /** "Mr Brown", "Dr. Patel": the word before is a title, separated by at most a full stop and a space. */
    static boolean titleBefore(TokenizedText text, int word) {
        if (word == 0 || !Vocabulary.TITLES.contains(text.folded(word - 1))) {
            return false;
        }
        String gap = text.text().substring(text.end(word - 1), text.start(word));
        return gap.length() <= 3 && gap.strip().replace(".", "").isEmpty() && !gap.isEmpty();
    }

    /** The context word that marks {@code first..last} as a person, or null when there is none. */
    static String cue(TokenizedText text, int first, int last) {
        if (text.possessive(last)) {
            return "'s";
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
