package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;

/** The words of a name or phrase as look-ups use them: folded, in order ("Zoë Hart" gives zoe, hart). */
final class FoldedWords {

    private FoldedWords() {}

    static List<String> words(String text) {
        TokenizedText tokens = TokenizedText.of(text);
        List<String> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.folded(i));
        }
        return words;
    }
}
