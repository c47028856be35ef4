package org.opensar.engine.detect;

import java.util.HashSet;
import java.util.Set;

/**
 * The vendored word lists (sources and licences in each file's header and in docs/detection.md), loaded once and
 * shared read-only. Every look-up takes a folded word (see {@link TokenizedText#fold}).
 */
final class NameLists {

    private static final NameLists INSTANCE = new NameLists();

    private final Set<String> firstNames =
            union(load("first-names-common.txt"), load("first-names-extra.txt"), load("first-names-supplement.txt"));
    private final Set<String> surnames = load("surnames.txt");
    private final Set<String> englishWords = load("english-words.txt");
    private final Set<String> properNouns = load("proper-nouns.txt");

    private NameLists() {}

    static NameLists instance() {
        return INSTANCE;
    }

    boolean isFirstName(String folded) {
        return firstNames.contains(folded);
    }

    boolean isSurname(String folded) {
        return surnames.contains(folded) || surnames.contains(lastPart(folded));
    }

    boolean isName(String folded) {
        return isFirstName(folded) || isSurname(folded);
    }

    boolean isEnglishWord(String folded) {
        return englishWords.contains(folded);
    }

    /** A capitalised dictionary word that is not a personal name in our lists: a place, people or brand. */
    boolean isOtherProperNoun(String folded) {
        return properNouns.contains(folded);
    }

    private static String lastPart(String folded) {
        int hyphen = folded.lastIndexOf('-');
        return hyphen < 0 ? folded : folded.substring(hyphen + 1);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private static Set<String> load(String resource) {
        return WordList.load(resource);
    }
}
