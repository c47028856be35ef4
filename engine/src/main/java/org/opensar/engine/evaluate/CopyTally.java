package org.opensar.engine.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The answer key's groups of copies (an original and every document whose {@code duplicateOf} names it) and how the
 * report handled them, overall and by the kind of copy in the group (the key's {@code hard} labels), and the
 * documents the report removed as duplicates that the key keeps: a document that adds something of substance, a
 * message with an attachment its reply lacks, or any other document that is not a copy.
 */
final class CopyTally {

    /** Labels that say something other than how a document is a copy. */
    private static final Set<String> NOT_COPY_KINDS =
            Set.of("EMAIL_THREAD", "MAILBOX", "MISLEADING_METADATA", "SAME_FORM", "SCANNED", "SHORT_MEANINGFUL");

    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> kinds = new LinkedHashMap<>();
    private final List<String> wronglyRemoved = new ArrayList<>();

    void add(JsonNode expected, JsonNode actual) {
        String file = expected.get("file").asString();
        JsonNode of = expected.get("duplicateOf");
        if (of != null && !of.isNull()) {
            String original = of.asString();
            groups.computeIfAbsent(original, k -> new ArrayList<>(List.of(k))).add(file);
            Set<String> groupKinds = kinds.computeIfAbsent(original, k -> new HashSet<>());
            expected.path("hard").forEach(h -> {
                if (!NOT_COPY_KINDS.contains(h.asString())) {
                    groupKinds.add(h.asString());
                }
            });
        } else if (actual != null && actual.get("reason").asString().equals("DUPLICATE")) {
            wronglyRemoved.add(file);
        }
    }

    int groups() {
        return groups.size();
    }

    int handled(Map<String, JsonNode> reported) {
        return (int) groups.values().stream()
                .filter(group -> DuplicateGroups.handled(group, reported))
                .count();
    }

    Map<String, Evaluation.CopyGroups> byKind(Map<String, JsonNode> reported) {
        Map<String, int[]> counts = new TreeMap<>();
        groups.forEach((original, group) -> {
            boolean handled = DuplicateGroups.handled(group, reported);
            for (String kind : kinds.get(original)) {
                int[] count = counts.computeIfAbsent(kind, k -> new int[2]);
                count[0]++;
                count[1] += handled ? 1 : 0;
            }
        });
        Map<String, Evaluation.CopyGroups> byKind = new TreeMap<>();
        counts.forEach((kind, count) -> byKind.put(kind, new Evaluation.CopyGroups(count[0], count[1])));
        return byKind;
    }

    List<String> wronglyRemoved() {
        return List.copyOf(wronglyRemoved);
    }
}
