package org.opensar.engine.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensar.engine.WordList;

/**
 * Every text an officer approved for redaction anywhere in the case, found again wherever it occurs: the same
 * name left uncovered on another page would undo the redaction. Matching is word by word, without case or accents,
 * and ignores the punctuation and line breaks between words (at most {@link #MAX_GAP} characters, white space counting
 * as one). Texts with fewer
 * than {@link #MIN_CHARACTERS} letters and digits are too short to find safely, and texts made only of ordinary
 * English words ("Case", "Young", "Adolescent Mental": a recognizer's false alarms, or names like "Rose Green")
 * would cover the same words everywhere, so both are covered only where approved. The English word list is the
 * detector's ({@code detect/english-words.txt}).
 */
public final class RedactedTerms {

    static final int MIN_CHARACTERS = 3;
    static final int MAX_GAP = 3;

    /** Where a redacted text occurs: offsets into the searched text, and which approved text it matched. */
    record Occurrence(int start, int end, String term) {}

    /** Texts with at least this many letters and digits are also found with the spaces between letters ignored. */
    static final int MIN_COMPACT = 8;

    private record Term(List<String> words, String text) {}

    private static final Set<String> ORDINARY_WORDS =
            WordList.load(RedactedTerms.class, "/org/opensar/engine/detect/english-words.txt");

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<String, List<Term>> byCompactStart = new HashMap<>();
    private final List<String> terms = new ArrayList<>();

    private RedactedTerms(Collection<String> texts, boolean compactToo, int fewestCharacters) {
        for (String text : texts) {
            List<String> words = Words.of(text).stream().map(Words.Word::folded).toList();
            int characters = words.stream().mapToInt(String::length).sum();
            if (characters < fewestCharacters || ORDINARY_WORDS.containsAll(words)) {
                continue;
            }
            List<Term> sameStart = byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>());
            if (sameStart.stream().noneMatch(t -> t.words().equals(words))) {
                Term term = new Term(words, text);
                sameStart.add(term);
                terms.add(text);
                String compact = String.join("", words);
                if (compactToo && compact.length() >= MIN_COMPACT) {
                    byCompactStart
                            .computeIfAbsent(compact.substring(0, MIN_COMPACT), k -> new ArrayList<>())
                            .add(term);
                }
            }
        }
        byFirstWord
                .values()
                .forEach(
                        list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    }

    public static RedactedTerms of(Collection<String> texts) {
        return new RedactedTerms(texts, true, MIN_CHARACTERS);
    }

    /**
     * The texts less those the council's own wording holds ({@code wording}: its covering letter, the key, the
     * glossary): a records system's name an officer redacted in one note ("Liquid Logic") is not a third party's
     * data where the council's letter says where records are kept, so it is covered only where approved.
     */
    static RedactedTerms of(Collection<String> texts, String wording) {
        RedactedTerms all = new RedactedTerms(texts, true, MIN_CHARACTERS);
        Set<String> councils = new HashSet<>();
        all.find(wording).forEach(o -> councils.add(o.term()));
        return councils.isEmpty()
                ? all
                : new RedactedTerms(
                        texts.stream().filter(t -> !councils.contains(t)).toList(), true, MIN_CHARACTERS);
    }

    /**
     * For binary data: only the texts with more than {@code letters} letters and digits, found word by word, never on
     * their letters alone, which binary data spells with bytes between them (a cross-reference stream's byte offsets
     * held "xxxxxxxxxxx" and "x@x.x" that way, in Apache POI's test files' bundle).
     */
    RedactedTerms inBinary(int letters) {
        return new RedactedTerms(terms, false, letters + 1);
    }

    /** The distinct texts searched for. */
    List<String> terms() {
        return List.copyOf(terms);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every occurrence in {@code text}, longest match first at each word, not overlapping. */
    List<Occurrence> find(CharSequence text) {
        List<Occurrence> found = new ArrayList<>();
        if (terms.isEmpty()) {
            return found;
        }
        List<Words.Word> words = Words.of(text);
        int i = 0;
        while (i < words.size()) {
            Term matched = null;
            for (Term candidate : byFirstWord.getOrDefault(words.get(i).folded(), List.of())) {
                if (matches(text, words, i, candidate.words())) {
                    matched = candidate;
                    break;
                }
            }
            if (matched != null) {
                int size = matched.words().size();
                found.add(new Occurrence(
                        words.get(i).start(), words.get(i + size - 1).end(), matched.text()));
                i += size;
            } else {
                i++;
            }
        }
        found.addAll(compactOccurrences(text, words, found));
        found.sort((a, b) -> a.start() - b.start());
        return found;
    }

    /**
     * Long texts broken inside words ("M arguerite O konkw o-H ale", as text from a rotated or badly set page comes
     * out): found on the letters and digits alone, wherever no word-by-word match already covers them.
     */
    private List<Occurrence> compactOccurrences(CharSequence text, List<Words.Word> words, List<Occurrence> found) {
        List<Occurrence> more = new ArrayList<>();
        if (byCompactStart.isEmpty()) {
            return more;
        }
        StringBuilder compact = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Words.Word word : words) {
            for (int k = 0; k < word.folded().length(); k++) {
                compact.append(word.folded().charAt(k));
                starts.add(word.start());
                ends.add(word.end());
            }
        }
        for (int i = 0; i + MIN_COMPACT <= compact.length(); i++) {
            for (Term term : byCompactStart.getOrDefault(compact.substring(i, i + MIN_COMPACT), List.of())) {
                String whole = String.join("", term.words());
                if (compact.indexOf(whole, i) == i) {
                    int start = starts.get(i);
                    int end = ends.get(i + whole.length() - 1);
                    boolean covered = found.stream().anyMatch(o -> o.start() <= start && o.end() >= end);
                    if (!covered) {
                        more.add(new Occurrence(start, end, term.text()));
                    }
                }
            }
        }
        return more;
    }

    private static boolean matches(CharSequence text, List<Words.Word> words, int at, List<String> candidate) {
        if (at + candidate.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < candidate.size(); k++) {
            Words.Word word = words.get(at + k);
            if (!word.folded().equals(candidate.get(k))) {
                return false;
            }
            if (k > 0 && gap(text, words.get(at + k - 1).end(), word.start()) > MAX_GAP) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters between two words, a run of white space counting as one: the source's "T-\n    cell" and the
     * bundle's "T- \ncell", where the typesetter closed the indent up, are the same distance apart.
     */
    private static int gap(CharSequence text, int from, int to) {
        int gap = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) || i == from || !Character.isWhitespace(text.charAt(i - 1))) {
                gap++;
            }
        }
        return gap;
    }
}
