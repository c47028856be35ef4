package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds names of people the case description does not know (friends, neighbours, other children, a new partner):
 * capitalised words from the name lists or outside the dictionary, grouped into full names, weighed by context.
 * Tuned for recall: an officer reviews every proposal.
 */
final class PersonNameRecognizer implements PersonalDataRecognizer {

    private enum Kind {
        NONE,
        /** In the name lists and not an ordinary word: "Tyler". */
        NAME,
        /** In the name lists and an ordinary word: "Hope", "Will", "Brown". */
        AMBIGUOUS,
        /** A dictionary proper noun outside the name lists: usually a place or brand. */
        PROPER_NOUN,
        /** Capitalised, in no list at all: "Okonkwo". */
        UNKNOWN,
        /** A capitalised ordinary word outside the name lists: a name only with a cue ("that Blessing had"). */
        WORD,
        /**
         * A place, people or language ("Barnsley", "Swiss", "Urdu") that is no first name: a name only after a title
         * or a word such as "her friend", or inside a full name ("Dawn French").
         */
        PLACE,
        /** A lower-case word inside a surname, between name words or after a title: "van der" of "Ms van der Berg". */
        PARTICLE
    }

    private static final int LONGEST_NAME = 4;
    /** The score from which a group of capitalised words counts as a full name whose words mark later mentions. */
    private static final double FULL_NAME_SCORE = 0.6;

    private static final double ECHO_SCORE = 0.7;
    private static final Set<String> CONTRACTION_ENDINGS = Set.of("t", "d", "ll", "re", "ve", "m");
    /** Words before a lone unknown word that make it a place or thing: "at Kingsmere", "the Westcombe". */
    private static final Set<String> PLACE_WORDS_BEFORE = Set.of("in", "at", "near", "outside", "around", "the");

    private final NameLists lists = NameLists.instance();
    private final NotNames notNames = NotNames.instance();
    private static final Set<String> PARTICLES = WordList.load("name-particles.txt");

    @Override
    public List<RecognizerResult> recognize(TokenizedText text) {
        List<RecognizerResult> results = new ArrayList<>();
        Kind[] kinds = new Kind[text.size()];
        for (int i = 0; i < text.size(); i++) {
            kinds[i] = kind(text, i);
            if (kinds[i] == Kind.NONE && text.capitalised(i) && joinsAName(text, kinds, i)) {
                kinds[i] = Kind.AMBIGUOUS;
            }
        }
        markParticles(text, kinds);
        Map<String, String> fullNameWords = new HashMap<>();
        List<Integer> unsure = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            if (kinds[i] == Kind.NONE) {
                i++;
                continue;
            }
            int last = i;
            while (last - i + 1 < LONGEST_NAME && text.adjacentToNext(last) && kinds[last + 1] != Kind.NONE) {
                last++;
            }
            int next = last + 1;
            int first = i;
            while (first < last
                    && kinds[first] == Kind.WORD
                    && Vocabulary.FUNCTION_WORDS.contains(text.folded(first))) {
                first++;
            }
            while (last > first && kinds[last] == Kind.WORD && Vocabulary.FUNCTION_WORDS.contains(text.folded(last))) {
                last--;
            }
            Optional<RecognizerResult> found = weigh(text, kinds, first, last);
            found.ifPresent(results::add);
            if (last > first && found.filter(r -> r.score() >= FULL_NAME_SCORE).isPresent()) {
                for (int w = first; w <= last; w++) {
                    fullNameWords.putIfAbsent(text.folded(w), found.get().text());
                }
            } else if (first == last
                    && (kinds[first] == Kind.PROPER_NOUN || kinds[first] == Kind.UNKNOWN)
                    && found.filter(r -> r.score() >= FULL_NAME_SCORE).isEmpty()) {
                unsure.add(first);
            }
            i = next;
        }
        for (int word : unsure) {
            String fullName = fullNameWords.get(text.folded(word));
            if (fullName != null) {
                results.add(echo(text, word, fullName));
            }
        }
        return results;
    }

    /**
     * A lone proper noun that is a word of a full name found in the same text ("Camus" after "Albert Camus"): the same
     * person again, even opening a sentence, where alone it would be read as a place.
     */
    private RecognizerResult echo(TokenizedText text, int word, String fullName) {
        TextSpan span = new TextSpan(text.start(word), text.end(word));
        return new RecognizerResult(
                PersonalDataType.PERSON,
                span,
                span.of(text.text()),
                ECHO_SCORE,
                name(),
                new Explanation(
                        Evidence.CONTEXT, "part of the full name '" + fullName + "' found in the same text", List.of()),
                Optional.empty());
    }

    private Optional<RecognizerResult> weigh(TokenizedText text, Kind[] kinds, int first, int last) {
        if (namesNoPerson(text, kinds, first, last)) {
            return Optional.empty();
        }
        boolean title = NameCues.titleBefore(text, first);
        boolean sentenceStart = !title && (text.sentenceStart(first) || wordBeforeWord(text, kinds, first, last));
        String cue = NameCues.cue(text, first, last);
        int listed = 0;
        int unknown = 0;
        for (int i = first; i <= last; i++) {
            listed += kinds[i] == Kind.NAME || kinds[i] == Kind.AMBIGUOUS ? 1 : 0;
            unknown += kinds[i] == Kind.UNKNOWN ? 1 : 0;
        }
        double score;
        String why;
        if (title) {
            score = 0.9;
            why = "capitalised word after the title '" + text.word(first - 1) + "'";
        } else if (last > first) {
            score = several(listed, unknown, sentenceStart, cue != null);
            why = listed > 0
                    ? "capitalised words forming a full name from the name lists"
                    : "capitalised words forming a name";
        } else {
            score = kinds[first] == Kind.PLACE
                    ? (NameCues.personWordBefore(text, first) ? 0.6 : 0)
                    : single(kinds[first], text.folded(first), sentenceStart || text.upperCase(first), cue);
            why = switch (kinds[first]) {
                case NAME -> "first name or surname from the name lists";
                case AMBIGUOUS -> "name that is also an ordinary word, used as a name";
                case PROPER_NOUN -> "proper noun used as a name";
                case WORD -> "capitalised word used as a name";
                case PLACE -> "place or people's name used as a person's name";
                case PARTICLE -> "part of a surname";
                case UNKNOWN, NONE -> "capitalised word that is not an English word";
            };
        }
        if (score == 0) {
            return Optional.empty();
        }
        int start = title ? text.start(first - 1) : text.start(first);
        TextSpan span = new TextSpan(start, text.end(last));
        Evidence evidence =
                cue != null || title ? Evidence.CONTEXT : listed > 0 ? Evidence.NAME_LIST : Evidence.PATTERN;
        List<String> context = cue == null ? List.of() : List.of(cue);
        return Optional.of(new RecognizerResult(
                PersonalDataType.PERSON,
                span,
                span.of(text.text()),
                score,
                name(),
                new Explanation(evidence, why, context),
                Optional.empty()));
    }

    /**
     * Whether capitalised words name an organisation, venue or place rather than a person: the words next to them open
     * or close an organisation's name ("Westcombe Community Centre", "Kingsmere Academy"), together they are a place
     * ("New Zealand", "Mexico City"), or a lone word not in the name lists follows "at", "in" or "the".
     */
    private boolean namesNoPerson(TokenizedText text, Kind[] kinds, int first, int last) {
        if (NameCues.titleBefore(text, first)) {
            return false;
        }
        if (text.adjacentToNext(last)
                && text.capitalised(last + 1)
                && notNames.isOrganisationWord(text.folded(last + 1))) {
            return true;
        }
        if (first > 0
                && text.adjacentToNext(first - 1)
                && text.capitalised(first - 1)
                && notNames.isOrganisationWord(text.folded(first - 1))) {
            return true;
        }
        if (last > first) {
            StringBuilder key = new StringBuilder(text.folded(first));
            for (int w = first + 1; w <= last; w++) {
                key.append(' ').append(text.folded(w));
            }
            return notNames.isPlace(key.toString());
        }
        boolean unlisted = kinds[first] == Kind.UNKNOWN || kinds[first] == Kind.PROPER_NOUN;
        return unlisted
                && !text.possessive(first)
                && first > 0
                && text.adjacentToNext(first - 1)
                && !text.capitalised(first - 1)
                && PLACE_WORDS_BEFORE.contains(text.folded(first - 1));
    }

    /**
     * A name that is also an ordinary word, alone at the start of a line and followed by a lower-case word, reads as
     * that word opening a label or heading ("Young person: ...", "Will power"), as it would opening a sentence.
     */
    private static boolean wordBeforeWord(TokenizedText text, Kind[] kinds, int first, int last) {
        if (first != last
                || kinds[first] != Kind.AMBIGUOUS
                || !text.adjacentToNext(first)
                || text.capitalised(first + 1)) {
            return false;
        }
        String all = text.text();
        for (int i = text.start(first) - 1; i >= 0 && all.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(all.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Several capitalised words together: a name if any is a listed name, or one is in no list at all. */
    private static double several(int listed, int unknown, boolean sentenceStart, boolean cue) {
        if (listed > 0) {
            return 0.85;
        }
        if (unknown == 0) {
            return cue ? 0.6 : 0;
        }
        return sentenceStart && !cue ? 0.45 : 0.6;
    }

    /** {@code sentenceStart} also covers UPPER CASE words, whose capitals say nothing either. */
    private double single(Kind kind, String folded, boolean sentenceStart, String cueWord) {
        boolean cue = cueWord != null;
        return switch (kind) {
            case NAME -> sentenceStart && !cue ? 0.7 : 0.85;
            case AMBIGUOUS ->
                cueRequired(folded)
                        ? (NameCues.isPersonWord(cueWord) ? 0.75 : 0)
                        : cue ? 0.75 : !sentenceStart ? 0.6 : 0;
            case UNKNOWN -> cue ? 0.7 : sentenceStart ? 0.4 : 0.5;
            case PROPER_NOUN -> cue ? 0.6 : sentenceStart ? 0 : 0.35;
            case WORD -> NameCues.isPersonWord(cueWord) && !sentenceStart ? 0.6 : 0;
            case PLACE, PARTICLE, NONE -> 0;
        };
    }

    private Kind kind(TokenizedText text, int i) {
        String folded = text.folded(i);
        if (!text.capitalised(i)
                || folded.length() < 2
                || isContraction(folded)
                || Vocabulary.TITLES.contains(folded)
                || Vocabulary.RELATIONSHIP_WORDS.contains(folded)
                || notNames.neverAName(folded)) {
            return Kind.NONE;
        }
        boolean place = notNames.isPlace(folded)
                || notNames.isPeople(folded) && (lists.isEnglishWord(folded) || lists.isOtherProperNoun(folded));
        if (place && !lists.isFirstName(folded)) {
            return Kind.PLACE;
        }
        if (lists.isName(folded) || hyphenatedName(folded)) {
            return lists.isEnglishWord(folded) || cueRequired(folded) || place ? Kind.AMBIGUOUS : Kind.NAME;
        }
        if (text.upperCase(i)) {
            return Kind.NONE;
        }
        if (lists.isEnglishWord(folded)) {
            return Kind.WORD;
        }
        return lists.isOtherProperNoun(folded) ? Kind.PROPER_NOUN : Kind.UNKNOWN;
    }

    /**
     * Lower-case words such as "van", "der" that run from a title or a name word to a capitalised word are part of the
     * surname: "Ms van der Berg", "Pieter van der Voet".
     */
    private static void markParticles(TokenizedText text, Kind[] kinds) {
        for (int i = 1; i < text.size(); i++) {
            boolean afterName = kinds[i - 1] != Kind.NONE || Vocabulary.TITLES.contains(text.folded(i - 1));
            if (!afterName || !text.adjacentToNext(i - 1)) {
                continue;
            }
            int end = i;
            while (end < text.size() && !text.capitalised(end) && PARTICLES.contains(text.folded(end))) {
                end++;
            }
            if (end > i && end < text.size() && text.capitalised(end) && text.adjacentToNext(end - 1)) {
                for (int w = i; w < end; w++) {
                    kinds[w] = Kind.PARTICLE;
                }
                i = end;
            }
        }
    }

    /**
     * A first name that is also a month, weekday, country or people ("May", "Jan", "China", "German"): a person only
     * with a cue ("Jordan said"). A city's name is commoner as a first name ("Stanley", "Florence") and needs none.
     */
    private boolean cueRequired(String folded) {
        return Vocabulary.CUE_REQUIRED.contains(folded)
                || notNames.isCalendarWord(folded)
                || notNames.isTerritory(folded)
                || notNames.isPeople(folded);
    }

    /** A title's next word ("Mrs Park"), or a surname that is also a street word after a first name ("Connor Hill"). */
    private boolean joinsAName(TokenizedText text, Kind[] kinds, int i) {
        if (NameCues.titleBefore(text, i)) {
            return true;
        }
        String folded = text.folded(i);
        return i > 0
                && text.adjacentToNext(i - 1)
                && kinds[i - 1] != Kind.NONE
                && kinds[i - 1] != Kind.WORD
                && lists.isSurname(folded)
                && !Vocabulary.TITLES.contains(folded)
                && !Vocabulary.RELATIONSHIP_WORDS.contains(folded);
    }

    /** "Don't", "I'd", "We'll": an apostrophe followed by a contraction ending. */
    private static boolean isContraction(String folded) {
        int apostrophe = folded.indexOf('\'');
        return apostrophe > 0 && CONTRACTION_ENDINGS.contains(folded.substring(apostrophe + 1));
    }

    private boolean hyphenatedName(String folded) {
        int hyphen = folded.indexOf('-');
        return hyphen > 0 && lists.isName(folded.substring(0, hyphen)) && lists.isName(folded.substring(hyphen + 1));
    }
}
