package org.opensar.engine.clock;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The subject access request clock (UK GDPR Art 12, rules.md §2): one calendar month from the latest
 * of receipt, identity evidence, evidence of authority and fee; clarification days added; then the
 * next working day of the council's nation. Extended: three months, told by the end of the first.
 */
public final class SarClock {

    private final HolidayCalendar calendar;
    private final ClockSettings settings;

    public SarClock(HolidayCalendar calendar, ClockSettings settings) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Deadline deadline(SarTimeline request) {
        List<String> lines = new ArrayList<>();
        lines.add("received " + DateText.of(request.receivedOn()));
        LocalDate start = start(request, lines);
        ClarificationDays paused = ClarificationDays.count(request.clarifications(), start, settings, lines);
        int months = request.extended() ? 3 : 1;
        Optional<Clarification> open = request.clarifications().stream()
                .filter(c -> !c.isAnswered())
                .min(Comparator.comparing(Clarification::askedOn));
        if (open.isPresent()) {
            LocalDate since =
                    open.get().askedOn().isBefore(start) ? start : open.get().askedOn();
            long used = DAYS.between(start, since) - paused.before(since);
            lines.add(open.get().inWords());
            lines.add("clock stopped since " + DateText.of(since) + " waiting for clarification");
            lines.add(used + " of the " + DAYS.between(start, start.plusMonths(months))
                    + " days used so far; the rest run from the day the answer arrives");
            return Deadline.stopped(new ClockStopped(since, used), lines);
        }
        WorkingDays workingDays = WorkingDays.of(calendar, request.nation());
        LocalDate oneMonth = dueAfter(start, 1, paused, workingDays, lines);
        if (!request.extended()) {
            return finish(oneMonth, oneMonth, workingDays, lines);
        }
        lines.add("extended by two further months (a complex request, or several requests from the person)");
        LocalDate threeMonths = dueAfter(start, 3, paused, workingDays, lines);
        lines.add("the requester must be told of the extension, with reasons, by " + DateText.of(oneMonth)
                + ", the end of the first month");
        return finish(threeMonths, oneMonth, workingDays, lines);
    }

    /** Evidence the council asked for, arriving on a day. */
    private record Arrival(String what, Optional<LocalDate> on) {}

    /** The latest of receipt and the evidence dates; each later one starts a full month again. */
    private static LocalDate start(SarTimeline request, List<String> lines) {
        List<Arrival> arrivals = Stream.of(
                        new Arrival("identity evidence", request.identityReceivedOn()),
                        new Arrival("evidence of authority", request.authorityReceivedOn()),
                        new Arrival("fee", request.feeReceivedOn()))
                .filter(arrival -> arrival.on().isPresent())
                .sorted(Comparator.comparing(arrival -> arrival.on().orElseThrow()))
                .toList();
        LocalDate start = request.receivedOn();
        for (Arrival arrival : arrivals) {
            LocalDate on = arrival.on().orElseThrow();
            String said = arrival.what() + " received " + DateText.of(on) + ": ";
            if (on.isAfter(start)) {
                lines.add(said + "the month starts again from that day");
                start = on;
            } else {
                lines.add(said + "the same day the month starts, no change");
            }
        }
        return start;
    }

    private static LocalDate dueAfter(
            LocalDate start, int months, ClarificationDays paused, WorkingDays workingDays, List<String> lines) {
        LocalDate later = start.plusMonths(months);
        String note = later.getDayOfMonth() == start.getDayOfMonth()
                ? ""
                : " (" + later.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + later.getYear() + " has no day " + start.getDayOfMonth()
                        + ", so the last day of that month)";
        lines.add((months == 1 ? "a month later is " : "three months from the start is ") + DateText.of(later) + note);
        LocalDate unadjusted = later;
        if (paused.total() > 0) {
            unadjusted = later.plusDays(paused.total());
            lines.add("with " + DateText.days(paused.total()) + " added for clarification: " + DateText.of(unadjusted));
        }
        return workingDays.onOrAfter(unadjusted, lines);
    }

    private static Deadline finish(
            LocalDate due, LocalDate extensionNoticeBy, WorkingDays workingDays, List<String> lines) {
        lines.add("due " + DateText.of(due));
        workingDays.noteIfNotCovered(due, lines);
        return Deadline.due(due, extensionNoticeBy, lines);
    }
}
