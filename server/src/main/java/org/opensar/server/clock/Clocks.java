package org.opensar.server.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opensar.engine.clock.BreachClock;
import org.opensar.engine.clock.BreachDeadline;
import org.opensar.engine.clock.CctvClock;
import org.opensar.engine.clock.CctvDeadline;
import org.opensar.engine.clock.Clarification;
import org.opensar.engine.clock.Deadline;
import org.opensar.engine.clock.HolidayCalendar;
import org.opensar.engine.clock.InformationRegime;
import org.opensar.engine.clock.InformationRequest;
import org.opensar.engine.clock.InformationRequestClock;
import org.opensar.engine.clock.SarClock;
import org.opensar.engine.clock.SarTimeline;
import org.springframework.stereotype.Service;

/**
 * The statutory clocks of the engine, fed with the council's settings and the administrator's holiday changes.
 * Every due date comes with its explanation in words.
 */
@Service
public class Clocks {

    private final ClockProperties properties;
    private final Clock clock;
    private final HolidayCalendarSource calendars;

    Clocks(ClockProperties properties, Clock clock, HolidayCalendarSource calendars) {
        this.properties = properties;
        this.clock = clock;
        this.calendars = calendars;
    }

    public RequestDeadline deadline(ClockFacts facts) {
        HolidayCalendar calendar = calendars.current();
        SarClock sar = new SarClock(calendar, properties.settings());
        return switch (facts.kind()) {
            case SAR -> fromDeadline(sar.deadline(timeline(facts)), null);
            case CCTV_SAR -> fromCctv(new CctvClock(sar).deadline(facts.footageRecordedOn(), timeline(facts)));
            case FOI, EIR ->
                fromDeadline(
                        new InformationRequestClock(calendar)
                                .deadline(new InformationRequest(
                                        facts.kind() == ClockKind.FOI ? InformationRegime.FOI : InformationRegime.EIR,
                                        facts.receivedOn(),
                                        clarifications(facts),
                                        facts.extended())),
                        null);
            case BREACH ->
                fromBreach(new BreachClock().deadline(LocalDateTime.ofInstant(facts.breachAwareAt(), BreachClock.UK)));
            case NONE -> RequestDeadline.none("No statutory clock: this request follows another process.");
        };
    }

    /** Working days from today until the day (negative when it has passed), in the council's nation. */
    public long workingDaysUntil(LocalDate day) {
        HolidayCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock);
        long count = 0;
        if (day.isBefore(today)) {
            for (LocalDate d = day; d.isBefore(today); d = d.plusDays(1)) {
                count -= calendar.isWorkingDay(d, properties.councilNation()) ? 1 : 0;
            }
            return count;
        }
        for (LocalDate d = today.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            count += calendar.isWorkingDay(d, properties.councilNation()) ? 1 : 0;
        }
        return count;
    }

    private SarTimeline timeline(ClockFacts facts) {
        return new SarTimeline(
                facts.receivedOn(),
                Optional.ofNullable(facts.identityReceivedOn()),
                Optional.ofNullable(facts.authorityReceivedOn()),
                Optional.ofNullable(facts.feeReceivedOn()),
                clarifications(facts),
                facts.extended(),
                properties.councilNation());
    }

    private static List<Clarification> clarifications(ClockFacts facts) {
        return facts.clarifications().stream()
                .map(p -> p.answeredOn() == null
                        ? Clarification.unanswered(p.askedOn())
                        : Clarification.answered(p.askedOn(), p.answeredOn()))
                .toList();
    }

    private static RequestDeadline fromDeadline(Deadline deadline, LocalDate footageOverwrittenOn) {
        return new RequestDeadline(
                deadline.due().orElse(null),
                null,
                deadline.extensionNoticeBy().orElse(null),
                footageOverwrittenOn,
                deadline.stopped().map(s -> s.since()).orElse(null),
                deadline.explanation());
    }

    private static RequestDeadline fromCctv(CctvDeadline cctv) {
        Deadline sar = cctv.sar().orElseThrow();
        List<String> explanation = new ArrayList<>(sar.explanation());
        explanation.addAll(cctv.explanation());
        explanation.addAll(cctv.warnings());
        return new RequestDeadline(
                sar.due().orElse(null),
                null,
                sar.extensionNoticeBy().orElse(null),
                cctv.footageOverwrittenOn(),
                sar.stopped().map(s -> s.since()).orElse(null),
                explanation);
    }

    private static RequestDeadline fromBreach(BreachDeadline breach) {
        return new RequestDeadline(null, OffsetDateTime.from(breach.due()), null, null, null, breach.explanation());
    }
}
