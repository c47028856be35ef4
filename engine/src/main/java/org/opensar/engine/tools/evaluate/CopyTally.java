package org.opensar.engine.tools.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
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
 * documents the report removed as duplicates that the key keeps. A document the key keeps may be removed only in
 * favour of one of its own copies (a printout, a scan, the same file again), which holds all it holds; removed
 * otherwise (a version with an addendum removed for its original, the last message of a conversation, any document
 * that is not a copy) it is a document of substance lost. A group is handled when the report keeps exactly one of
 * it, marks every other a duplicate of one in the group, and loses none of it that way.
 */
final class CopyTally {

    /** Labels that say something other than how a document is a copy. */
    private static final Set<String> NOT_COPY_KINDS =
            Set.of("EMAIL_THREAD", "MAILBOX", "MISLEADING_METADATA", "SAME_FORM", "SCANNED", "SHORT_MEANINGFUL");
    /** Copies that hold everything their original holds, so either may be kept. */
    private static final Set<String> WHOLE_COPIES = Set.of(
            "EXACT_COPY",
            "OTHER_FORMAT_COPY",
            "PRINT_HEADER_COPY",
            "REFLOWED_COPY",
            "PRINTED_COPY",
            "SCANNED_PRINTOUT",
            "DATE_STAMPED_COPY",
            "NOTE_ADDED_COPY");

    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> kinds = new LinkedHashMap<>();
    /** For each document the key keeps, its whole copies: the documents it may be removed in favour of. */
    private final Map<String, Set<String>> wholeCopies = new HashMap<>();

    private final List<String> keptByKey = new ArrayList<>();

    void add(JsonNode expected) {
        String file = expected.get("file").asString();
        JsonNode of = expected.get("duplicateOf");
        if (of == null || of.isNull()) {
            keptByKey.add(file);
            return;
        }
        String original = of.asString();
        groups.computeIfAbsent(original, k -> new ArrayList<>(List.of(k))).add(file);
        Set<String> groupKinds = kinds.computeIfAbsent(original, k -> new HashSet<>());
        boolean whole = false;
        for (JsonNode hard : expected.path("hard")) {
            String label = hard.asString();
            groupKinds.add(label);
            whole |= WHOLE_COPIES.contains(label);
        }
        groupKinds.removeAll(NOT_COPY_KINDS);
        if (whole) {
            wholeCopies.computeIfAbsent(original, k -> new HashSet<>()).add(file);
        }
    }

    int groups() {
        return groups.size();
    }

    int handled(Map<String, JsonNode> reported) {
        Set<String> lost = Set.copyOf(wronglyRemoved(reported));
        return (int) groups.values().stream()
                .filter(group -> handled(group, reported, lost))
                .count();
    }

    Map<String, Evaluation.CopyGroups> byKind(Map<String, JsonNode> reported) {
        Set<String> lost = Set.copyOf(wronglyRemoved(reported));
        Map<String, int[]> counts = new TreeMap<>();
        groups.forEach((original, group) -> {
            boolean handled = handled(group, reported, lost);
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

    /** The documents the key keeps that the report removes as duplicates of anything but one of their whole copies. */
    List<String> wronglyRemoved(Map<String, JsonNode> reported) {
        List<String> lost = new ArrayList<>();
        for (String file : keptByKey) {
            JsonNode actual = reported.get(file);
            if (actual == null || !actual.get("reason").asString().equals("DUPLICATE")) {
                continue;
            }
            JsonNode of = actual.get("duplicateOf");
            boolean toItsCopy = of != null
                    && !of.isNull()
                    && wholeCopies.getOrDefault(file, Set.of()).contains(of.asString());
            if (!toItsCopy) {
                lost.add(file);
            }
        }
        return lost;
    }

    private static boolean handled(List<String> group, Map<String, JsonNode> reported, Set<String> lost) {
        return DuplicateGroups.handled(group, reported) && group.stream().noneMatch(lost::contains);
    }
}
