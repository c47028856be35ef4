package org.opensar.engine.tools.evaluate;

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

    /**
     * Whether an unclaimed redaction covers the text; if so the shortest such is used up, so that "Donna" does not
     * take the one redaction of "Donna Morris" that a later occurrence of the full name needs.
     */
    boolean claimCovering(String text) {
        String wanted = normalise(text);
        int best = -1;
        for (int i = 0; i < unclaimed.size(); i++) {
            String candidate = unclaimed.get(i);
            if (candidate.contains(wanted)
                    && (best < 0 || candidate.length() < unclaimed.get(best).length())) {
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        unclaimed.remove(best);
        return true;
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
