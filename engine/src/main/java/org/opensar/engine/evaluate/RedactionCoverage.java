package org.opensar.engine.evaluate;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The texts a document's proposed redactions cover, each usable once to account for one occurrence. */
final class RedactionCoverage {

    private final List<String> unclaimed;

    private RedactionCoverage(List<String> texts) {
        this.unclaimed = texts;
    }

    static RedactionCoverage of(JsonNode redactions) {
        List<String> texts = new ArrayList<>();
        if (redactions != null) {
            redactions.forEach(r -> texts.add(normalise(r.get("text").asString())));
        }
        return new RedactionCoverage(texts);
    }

    /** Whether an unclaimed redaction covers the text; if so it is used up. */
    boolean claimCovering(String text) {
        String wanted = normalise(text);
        for (int i = 0; i < unclaimed.size(); i++) {
            if (unclaimed.get(i).contains(wanted)) {
                unclaimed.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Whether some redaction is exactly this text (a must-keep name redacted on its own). */
    boolean coversExactly(String text) {
        return unclaimed.contains(normalise(text));
    }

    /** Line breaks and runs of spaces differ between the generator's text and the extracted text. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
