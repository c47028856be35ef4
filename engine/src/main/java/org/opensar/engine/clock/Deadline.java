package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a SAR, FOI or EIR request is due, with why, line by line in plain English. A clock stopped for a
 * clarification has no due date: {@link #stopped()} says since when.
 *
 * @param due the last day to respond; empty while the clock is stopped
 * @param extensionNoticeBy the last day to tell the requester, with reasons, that the time is extended
 *     (when not extended, the same as {@code due}); empty while the clock is stopped
 * @param stopped present while a clarification is unanswered
 * @param explanation the reasoning, one plain-English line per step
 */
public record Deadline(
        Optional<LocalDate> due,
        Optional<LocalDate> extensionNoticeBy,
        Optional<ClockStopped> stopped,
        List<String> explanation) {

    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(extensionNoticeBy, "extensionNoticeBy");
        Objects.requireNonNull(stopped, "stopped");
        explanation = List.copyOf(explanation);
        if (due.isPresent() == stopped.isPresent()) {
            throw new IllegalArgumentException("a deadline has either a due date or a stopped clock");
        }
    }

    static Deadline due(LocalDate due, LocalDate extensionNoticeBy, List<String> explanation) {
        return new Deadline(Optional.of(due), Optional.of(extensionNoticeBy), Optional.empty(), explanation);
    }

    static Deadline stopped(ClockStopped stopped, List<String> explanation) {
        return new Deadline(Optional.empty(), Optional.empty(), Optional.of(stopped), explanation);
    }

    public boolean isStopped() {
        return stopped.isPresent();
    }
}
