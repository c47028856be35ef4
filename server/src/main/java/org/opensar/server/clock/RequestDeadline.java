package org.opensar.server.clock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A request's due date with its explanation in words. {@code due} is null while the clock is stopped for a
 * clarification ({@code stoppedSince} says since when) and for clocks counted in hours ({@code dueAt}).
 */
public record RequestDeadline(
        LocalDate due,
        OffsetDateTime dueAt,
        LocalDate extensionNoticeBy,
        LocalDate footageOverwrittenOn,
        LocalDate stoppedSince,
        List<String> explanation) {

    public RequestDeadline {
        explanation = List.copyOf(explanation);
    }

    public static RequestDeadline none(String why) {
        return new RequestDeadline(null, null, null, null, null, List.of(why));
    }

    /** The day by which the council must act, for sorting: the due date, or the day of an hours-based deadline. */
    public LocalDate sortDate() {
        return due != null ? due : dueAt != null ? dueAt.toLocalDate() : null;
    }
}
