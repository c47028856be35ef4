package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The FOI and EIR clock (rules.md §3): 20 working days, day 1 being the first working day after
 * receipt, where a working day is not a weekend nor a bank holiday in any part of the UK. A
 * clarification makes the 20 days start again from its answer (FOI s.1(3), EIR reg 9(4)).
 */
public final class InformationRequestClock {

    private final HolidayCalendar calendar;

    public InformationRequestClock(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public Deadline deadline(InformationRequest request) {
        WorkingDays workingDays = WorkingDays.acrossUk(calendar);
        List<String> lines = new ArrayList<>();
        lines.add(request.regime().label() + " request received " + DateText.of(request.receivedOn()));
        LocalDate start = request.receivedOn();
        List<Clarification> inOrder = request.clarifications().stream()
                .sorted(Comparator.comparing(Clarification::askedOn))
                .toList();
        for (Clarification clarification : inOrder) {
            Optional<LocalDate> answer = clarification.answeredOn();
            if (answer.isPresent() && answer.get().isAfter(start)) {
                lines.add(clarification.inWords() + ": the " + InformationRegime.WORKING_DAYS
                        + " working days start again from the answer");
                start = answer.get();
            } else if (answer.isPresent()) {
                lines.add(clarification.inWords() + ": the answer does not move the start");
            }
        }
        Optional<Clarification> open =
                inOrder.stream().filter(c -> !c.isAnswered()).findFirst();
        if (open.isPresent()) {
            LocalDate since = open.get().askedOn();
            int used = since.isAfter(start) ? workingDays.workingDaysBetween(start, since) : 0;
            lines.add(open.get().inWords());
            lines.add("clock stopped since " + DateText.of(since) + " waiting for clarification");
            lines.add(DateText.workingDays(used) + " used so far; the " + InformationRegime.WORKING_DAYS
                    + " working days start again from the day the answer arrives");
            return Deadline.stopped(new ClockStopped(since, used), lines);
        }
        LocalDate dayOne = workingDays.plusWorkingDays(start, 1);
        lines.add("day 1 is " + DateText.of(dayOne) + ", the first working day after " + DateText.of(start)
                + " (working days leave out weekends and bank holidays in any part of the UK)");
        LocalDate twenty = workingDays.plusWorkingDays(start, InformationRegime.WORKING_DAYS);
        LocalDate due = twenty;
        if (request.extended()) {
            due = workingDays.plusWorkingDays(start, InformationRegime.EXTENDED_WORKING_DAYS);
            lines.add(request.regime().extensionInWords());
            lines.add("working day " + InformationRegime.WORKING_DAYS + " is " + DateText.of(twenty)
                    + ": the requester must be told of the extension by then");
        }
        List<String> holidays = workingDays.holidaysOnWeekdays(start, due);
        if (!holidays.isEmpty()) {
            lines.add("bank holidays not counted: " + String.join(", ", holidays));
        }
        int count = request.extended() ? InformationRegime.EXTENDED_WORKING_DAYS : InformationRegime.WORKING_DAYS;
        lines.add("working day " + count + " is " + DateText.of(due));
        lines.add("due " + DateText.of(due));
        workingDays.noteIfNotCovered(due, lines);
        return Deadline.due(due, twenty, lines);
    }
}
