package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.detect.PeopleRegister.Entry;
import org.opensar.engine.detect.PeopleRegister.Form;

/**
 * Finds the people named in the case description however the records write them: full names, first names,
 * surnames after a title, possessives, UPPER CASE, across line breaks, with or without accents, and with small
 * spelling or OCR slips (one edit, two in long names).
 */
final class PeopleRegisterRecognizer implements PersonalDataRecognizer {

    private static final int SHORTEST_NEAR_MATCH = 5;

    private final PeopleRegister register;
    private final Set<String> singleWordKeys;
    private final NameLists lists = NameLists.instance();

    private final MentionResolver resolver;
    /** The one-word keys by length, so a near match looks only at keys one or two letters longer or shorter. */
    private final Map<Integer, List<String>> keysOfLength = new HashMap<>();

    PeopleRegisterRecognizer(CaseDescription description) {
        this.register = new PeopleRegister(description);
        this.singleWordKeys = register.singleWordKeys();
        this.resolver = new MentionResolver(register);
        singleWordKeys.forEach(key -> keysOfLength
                .computeIfAbsent(key.length(), n -> new ArrayList<>())
                .add(key));
    }

    /** A name found: its words, whose it is, whether spelled as the register has it, and whether a list shows it. */
    private record Match(int first, int last, Entry entry, boolean near, boolean listed, String why) {

        Match(int first, int last, Entry entry, boolean near) {
            this(first, last, entry, near, false, "");
        }

        Match(int first, int last, Entry entry, boolean near, boolean listed) {
            this(first, last, entry, near, listed, "");
        }

        Match as(MentionResolver.Resolution resolution) {
            return new Match(first, last, resolution.entry(), near, listed, resolution.why());
        }
    }

    @Override
    public List<RecognizerResult> recognize(TokenizedText text) {
        List<Match> matches = new ArrayList<>();
        Set<String> namedMidSentence = namedMidSentence(text);
        int i = 0;
        while (i < text.size()) {
            Match match = text.capitalised(i)
                    ? match(text, i, text.folded(i), namedMidSentence)
                    : misreadCapital(text, i, namedMidSentence);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.last() + 1;
            }
        }
        resolveShared(text, matches);
        List<RecognizerResult> results = new ArrayList<>();
        for (int m = 0; m < matches.size(); m++) {
            Match match = matches.get(m);
            if (match.first() == match.last() && !match.listed() && !standsAlone(text, matches, m)) {
                continue;
            }
            results.add(result(text, match));
        }
        return results;
    }

    /**
     * A first name, surname or alias that several people share is resolved with the cues of the text around it
     * ({@link MentionResolver}); one written with the title its alias has ("Ms Thompson") is already that alias.
     */
    private void resolveShared(TokenizedText text, List<Match> matches) {
        Map<KnownPerson, List<Integer>> full = new java.util.IdentityHashMap<>();
        for (Match match : matches) {
            if (match.entry().form() == Form.FULL_NAME && !match.near()) {
                full.computeIfAbsent(match.entry().person(), p -> new ArrayList<>())
                        .add(text.start(match.first()));
            }
        }
        for (int m = 0; m < matches.size(); m++) {
            Match match = matches.get(m);
            Entry entry = match.entry();
            if (entry.form() == Form.FULL_NAME || match.first() != match.last()) {
                continue;
            }
            List<Entry> candidates = register.entries(keyOf(text, match));
            if (candidates.size() > 1) {
                matches.set(m, match.as(resolver.resolve(text, match.first(), match.last(), candidates, full)));
            }
        }
    }

    /** The register key a one-word match was found under (its word, or the word OCR misread). */
    private String keyOf(TokenizedText text, Match match) {
        String folded = text.folded(match.first());
        if (!register.entries(folded).isEmpty()) {
            return folded;
        }
        String misread = ocrMisreading(folded);
        return register.entries(misread).isEmpty() ? "i" + folded : misread;
    }

    /**
     * A word whose capital OCR misread ("lwan Young") that, read right, starts a name of the register; or, in a list
     * of names ("Staff on shift: Lowri, wan"), a word that OCR read without its capital I ("wan" for Iwan), which may
     * be a word too, so only there.
     */
    private Match misreadCapital(TokenizedText text, int word, Set<String> namedMidSentence) {
        String folded = text.folded(word);
        String misread = ocrMisreading(folded);
        if (!misread.equals(folded)
                && !lists.isName(folded)
                && !lists.isEnglishWord(folded)
                && register.startsAKey(misread)) {
            return match(text, word, misread, namedMidSentence);
        }
        String withCapital = "i" + folded;
        if (folded.length() >= 3
                && afterAListedName(text, word)
                && !register.entries(withCapital).isEmpty()) {
            return new Match(word, word, likeliest(text, word, register.entries(withCapital)), true, true);
        }
        return null;
    }

    /** Whether the word follows a capitalised register name and a comma, "&" or "and": the next name of a list. */
    private boolean afterAListedName(TokenizedText text, int word) {
        int name = word > 1 && text.folded(word - 1).equals("and") ? word - 2 : word - 1;
        if (name < 0 || !text.capitalised(name) || !register.startsAKey(text.folded(name))) {
            return false;
        }
        String between = text.text().substring(text.end(name), text.start(word)).strip();
        return between.equals(",") || between.equals("&") || between.equalsIgnoreCase("and");
    }

    /** The longest register name starting at word {@code first}, read as {@code folded}. */
    private Match match(TokenizedText text, int first, String folded, Set<String> namedMidSentence) {
        if (!register.startsAKey(folded)) {
            return nearMatch(text, first, folded);
        }
        Match best = null;
        StringBuilder key = new StringBuilder(folded);
        for (int last = first; ; last++) {
            List<Entry> entries = register.entries(key.toString());
            if (!entries.isEmpty()) {
                best = new Match(first, last, likeliest(text, first, entries), false);
            }
            if (last - first + 1 >= register.longestKey() || !text.adjacentToNext(last)) {
                break;
            }
            key.append(' ').append(text.folded(last + 1));
        }
        if (best != null && best.first() == best.last() && !usedAsName(text, first, namedMidSentence)) {
            return null;
        }
        return best == null || isSubjectsBareSurname(best.entry()) ? null : best;
    }

    private Match nearMatch(TokenizedText text, int word, String folded) {
        if (folded.length() < SHORTEST_NEAR_MATCH || lists.isName(folded) || lists.isEnglishWord(folded)) {
            return null;
        }
        int allowed = folded.length() >= 9 ? 2 : 1;
        for (int length = folded.length() - allowed; length <= folded.length() + allowed; length++) {
            for (String key : keysOfLength.getOrDefault(length, List.of())) {
                if (!EditDistance.within(folded, key, allowed)) {
                    continue;
                }
                Entry entry = likeliest(text, word, register.entries(key));
                return isSubjectsBareSurname(entry) ? null : new Match(word, word, entry, true);
            }
        }
        return null;
    }

    /**
     * A word as it was before OCR's commonest slip on a name's first letter: a capital I read as a small l ("lwan"
     * for Iwan), which no edit-distance match catches in a name that short.
     */
    private static String ocrMisreading(String folded) {
        return folded.length() >= 3 && folded.charAt(0) == 'l' ? "i" + folded.substring(1) : folded;
    }

    /**
     * "Mr Morris" or "Morris" alone is rarely the young person the records are about and often an unlisted parent:
     * the register does not claim it for the subject, so it is proposed like any other name.
     */
    private static boolean isSubjectsBareSurname(Entry entry) {
        return entry.form() == Form.SURNAME && entry.person().dataSubject();
    }

    /**
     * A one-word name that is also an ordinary word ("Hope", "Wen") needs a title, a cue, or a place mid-sentence,
     * here or elsewhere in the same text: once "Wen" is a name mid-sentence, "Wen grew up in care" at the start of a
     * sentence is the same person.
     */
    private boolean usedAsName(TokenizedText text, int word, Set<String> namedMidSentence) {
        if (!lists.isEnglishWord(text.folded(word)) || NameCues.titleBefore(text, word)) {
            return true;
        }
        return !text.sentenceStart(word)
                || namedMidSentence.contains(text.folded(word))
                || NameCues.cue(text, word, word) != null;
    }

    /** The register's one-word names written with a capital somewhere other than a sentence's start. */
    private Set<String> namedMidSentence(TokenizedText text) {
        Set<String> named = new HashSet<>();
        for (int i = 0; i < text.size(); i++) {
            if (text.capitalised(i) && !text.sentenceStart(i) && singleWordKeys.contains(text.folded(i))) {
                named.add(text.folded(i));
            }
        }
        return named;
    }

    private static Entry likeliest(TokenizedText text, int first, List<Entry> entries) {
        if (NameCues.titleBefore(text, first)) {
            String title = text.folded(first - 1);
            for (Entry entry : entries) {
                if (title.equals(entry.title())) {
                    return entry;
                }
            }
        }
        return entries.get(0);
    }

    /**
     * A lone first name or surname next to another capitalised name-like word is someone else who shares it ("Liam
     * Morris" is not Kayleigh Morris): leave it to the general name recognizer.
     */
    private boolean standsAlone(TokenizedText text, List<Match> matches, int m) {
        Match match = matches.get(m);
        int before = match.first() - 1;
        int after = match.last() + 1;
        boolean prevSamePerson = m > 0
                && matches.get(m - 1).last() == before
                && matches.get(m - 1).entry().person().equals(match.entry().person());
        boolean nextSamePerson = m + 1 < matches.size()
                && matches.get(m + 1).first() == after
                && matches.get(m + 1).entry().person().equals(match.entry().person());
        boolean foreignBefore = before >= 0 && text.adjacentToNext(before) && nameLike(text, before) && !prevSamePerson;
        boolean foreignAfter = text.adjacentToNext(match.last()) && nameLike(text, after) && !nextSamePerson;
        return !foreignBefore && !foreignAfter;
    }

    private boolean nameLike(TokenizedText text, int word) {
        String folded = text.folded(word);
        // "Florin Popescu": a capitalised word that is also an ordinary word is a first name mid-sentence
        boolean wordMidSentence = lists.isEnglishWord(folded) && !text.sentenceStart(word) && !text.upperCase(word);
        return text.capitalised(word)
                && !Vocabulary.TITLES.contains(folded)
                && !Vocabulary.RELATIONSHIP_WORDS.contains(folded)
                && !NotNames.instance().neverAName(folded)
                && (lists.isName(folded) || !lists.isEnglishWord(folded) || wordMidSentence);
    }

    private RecognizerResult result(TokenizedText text, Match match) {
        boolean title = NameCues.titleBefore(text, match.first());
        int start = title ? text.start(match.first() - 1) : text.start(match.first());
        TextSpan span = new TextSpan(start, text.end(match.last()));
        Entry entry = match.entry();
        Form form = entry.form();
        // "Ms Morris" written with the title case.json gives it is that alias, not a bare surname
        boolean titledAlias = title && entry.title() != null && entry.title().equals(text.folded(match.first() - 1));
        if (titledAlias) {
            form = Form.ALIAS;
        }
        double score = match.near() ? 0.8 : form == Form.FULL_NAME || form == Form.ALIAS ? 1.0 : 0.95;
        String whose = entry.person().dataSubject()
                ? "the data subject"
                : entry.person().name();
        String relationship = entry.person().relationship().isEmpty()
                ? ""
                : " (" + entry.person().relationship() + ")";
        String detail = (match.near() ? "close spelling of " : "") + describe(form) + " of " + whose
                + (entry.person().dataSubject() ? "" : relationship) + " in the people register"
                + (match.why().isEmpty() ? "" : "; " + match.why());
        Evidence evidence = match.near() ? Evidence.PEOPLE_REGISTER_NEAR_MATCH : Evidence.PEOPLE_REGISTER;
        return new RecognizerResult(
                PersonalDataType.PERSON,
                span,
                span.of(text.text()),
                score,
                name(),
                Explanation.of(evidence, detail),
                Optional.of(entry.person()));
    }

    private static String describe(Form form) {
        return switch (form) {
            case FULL_NAME -> "full name";
            case ALIAS -> "alias";
            case FIRST_NAME -> "first name";
            case SURNAME -> "surname";
        };
    }
}
