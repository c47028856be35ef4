package org.opensar.engine.tools.evaluate;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Whether the report handled a group of copies: one copy kept, every other marked a duplicate of one in the group. */
final class DuplicateGroups {

    private DuplicateGroups() {}

    static boolean handled(List<String> group, Map<String, JsonNode> reported) {
        int kept = 0;
        for (String file : group) {
            JsonNode document = reported.get(file);
            if (document == null) {
                return false;
            }
            if (document.get("reason").asString().equals("DUPLICATE")) {
                JsonNode of = document.get("duplicateOf");
                if (of == null || of.isNull() || !group.contains(of.asString())) {
                    return false;
                }
            } else {
                kept++;
            }
        }
        return kept == 1;
    }
}
