package org.opensar.engine.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opensar.engine.clock.BreachDeadline;
import org.opensar.engine.clock.CctvDeadline;
import org.opensar.engine.clock.ClockType;
import org.opensar.engine.clock.Deadline;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON {@code bin/opensar deadline} prints: dates as ISO strings, the explanation as a list of lines. */
final class DeadlineJson {

    /** ISO 8601 with the offset always as hours, e.g. 2026-03-30T10:30+01:00 and 2026-03-27T09:30+00:00. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeadlineJson() {}

    static String of(ClockType type, Deadline deadline) {
        ObjectNode root = root(type);
        putDeadline(root, deadline);
        putLines(root, "explanation", deadline.explanation());
        return write(root);
    }

    static String of(BreachDeadline deadline) {
        ObjectNode root = root(ClockType.BREACH);
        root.put("aware", deadline.awareAt().format(DATE_TIME));
        root.put("due", deadline.due().format(DATE_TIME));
        putLines(root, "explanation", deadline.explanation());
        return write(root);
    }

    static String of(CctvDeadline deadline) {
        ObjectNode root = root(ClockType.CCTV);
        root.put("footageOverwrittenOn", deadline.footageOverwrittenOn().toString());
        deadline.sar().ifPresent(sar -> putDeadline(root, sar));
        putLines(root, "warnings", deadline.warnings());
        putLines(root, "explanation", deadline.explanation());
        return write(root);
    }

    private static ObjectNode root(ClockType type) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", type.id());
        return root;
    }

    private static void putDeadline(ObjectNode root, Deadline deadline) {
        if (deadline.due().isPresent()) {
            root.put("due", deadline.due().get().toString());
        } else {
            root.putNull("due");
        }
        deadline.extensionNoticeBy().ifPresent(date -> root.put("extensionNoticeBy", date.toString()));
        deadline.stopped().ifPresent(stopped -> {
            root.put("stoppedSince", stopped.since().toString());
            root.put("daysUsed", stopped.daysUsed());
        });
    }

    private static void putLines(ObjectNode root, String field, List<String> lines) {
        lines.forEach(root.putArray(field)::add);
    }

    private static String write(ObjectNode root) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
