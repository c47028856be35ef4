package org.opensar.engine.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fills the generator's own {@code #NAME#} tokens (page numbers, print dates) in text that is already marked. */
final class Tokens {

    private Tokens() {}

    static MarkedText fill(MarkedText text, Map<String, String> values) {
        String plain = text.text();
        List<TextEdit> edits = new ArrayList<>();
        for (int at = plain.indexOf('#'); at >= 0; at = plain.indexOf('#', at + 1)) {
            int close = plain.indexOf('#', at + 1);
            if (close < 0) {
                break;
            }
            String value = values.get(plain.substring(at, close + 1));
            if (value != null) {
                edits.add(TextEdit.replace(at, close + 1, value));
                at = close;
            }
        }
        return text.edited(edits);
    }
}
