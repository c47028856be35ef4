package org.opensar.engine.detect;

import java.util.HashSet;
import java.util.Set;
import org.opensar.engine.casefile.CaseDescription;

/** The folded words of a name ("Zoë Hart" gives zoe, hart), for word-by-word comparisons. */
final class NameWords {

    private NameWords() {}

    static Set<String> of(String name) {
        TokenizedText words = TokenizedText.of(name);
        Set<String> folded = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            folded.add(words.folded(i));
        }
        return folded;
    }

    /** The first word of the subject's name and of each alias, titles skipped ("Kayleigh", "Kay"). */
    static Set<String> firstNamesOfSubject(CaseDescription description) {
        Set<String> firsts = new HashSet<>();
        firstWord(description.subject().name(), firsts);
        description.subject().aliases().forEach(alias -> firstWord(alias, firsts));
        return Set.copyOf(firsts);
    }

    private static void firstWord(String name, Set<String> into) {
        TokenizedText words = TokenizedText.of(name);
        for (int i = 0; i < words.size(); i++) {
            if (!Vocabulary.TITLES.contains(words.folded(i))) {
                into.add(words.folded(i));
                return;
            }
        }
    }

    /** The words of the data subject's name and aliases. */
    static Set<String> ofSubject(CaseDescription description) {
        Set<String> words = new HashSet<>(of(description.subject().name()));
        description.subject().aliases().forEach(alias -> words.addAll(of(alias)));
        return Set.copyOf(words);
    }
}
