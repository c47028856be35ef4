package org.opensar.engine.tools.learn;

import java.util.List;
import org.opensar.engine.policy.Decision;

/**
 * A generated document read as the engine reads it: its features, the category its kind belongs to, its phrasing
 * family, the disposition the answer key expects and what the policy's rules decided for it.
 */
public record LabelledDocument(String family, String category, String expected, List<String> features, Decision rules) {

    public LabelledDocument {
        features = List.copyOf(features);
    }
}
