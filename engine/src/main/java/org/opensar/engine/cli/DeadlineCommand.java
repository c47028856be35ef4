package org.opensar.engine.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.opensar.engine.clock.BreachClock;
import org.opensar.engine.clock.CctvClock;
import org.opensar.engine.clock.Clarification;
import org.opensar.engine.clock.ClockType;
import org.opensar.engine.clock.HolidayCalendar;
import org.opensar.engine.clock.InformationRegime;
import org.opensar.engine.clock.InformationRequest;
import org.opensar.engine.clock.InformationRequestClock;
import org.opensar.engine.clock.SarClock;
import org.opensar.engine.clock.SarTimeline;

/** {@code bin/opensar deadline}: when a SAR, FOI, EIR, breach or CCTV request is due, and why, as JSON. */
public final class DeadlineCommand implements Command {

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public String summary() {
        return "when a request is due, and why (SAR, FOI, EIR, breach, CCTV)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            printUsage(out);
            return 0;
        }
        try {
            out.println(json(DeadlineArguments.parse(args)));
            return 0;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("opensar deadline: " + e.getMessage());
            return 2;
        }
    }

    private static String json(DeadlineArguments arguments) {
        HolidayCalendar calendar = HolidayCalendar.bundled();
        ClockType type = arguments.type();
        return switch (type) {
            case SAR ->
                DeadlineJson.of(type, new SarClock(calendar, arguments.settings()).deadline(sarTimeline(arguments)));
            case FOI, EIR ->
                DeadlineJson.of(
                        type,
                        new InformationRequestClock(calendar)
                                .deadline(new InformationRequest(
                                        type == ClockType.FOI ? InformationRegime.FOI : InformationRegime.EIR,
                                        arguments.requiredDate(DeadlineOption.RECEIVED),
                                        arguments.clarifications(),
                                        arguments.has(DeadlineOption.EXTENDED))));
            case BREACH -> DeadlineJson.of(new BreachClock().deadline(arguments.awareAt()));
            case CCTV -> {
                CctvClock clock = new CctvClock(new SarClock(calendar, arguments.settings()));
                LocalDate recorded = arguments.requiredDate(DeadlineOption.RECORDED);
                yield DeadlineJson.of(
                        arguments.has(DeadlineOption.RECEIVED)
                                ? clock.deadline(recorded, sarTimeline(arguments))
                                : clock.deadline(recorded));
            }
        };
    }

    private static SarTimeline sarTimeline(DeadlineArguments arguments) {
        SarTimeline timeline =
                SarTimeline.receivedOn(arguments.requiredDate(DeadlineOption.RECEIVED), arguments.nation());
        timeline = arguments
                .date(DeadlineOption.IDENTITY_RECEIVED)
                .map(timeline::withIdentityReceivedOn)
                .orElse(timeline);
        timeline = arguments
                .date(DeadlineOption.AUTHORITY_RECEIVED)
                .map(timeline::withAuthorityReceivedOn)
                .orElse(timeline);
        timeline = arguments
                .date(DeadlineOption.FEE_RECEIVED)
                .map(timeline::withFeeReceivedOn)
                .orElse(timeline);
        for (Clarification clarification : arguments.clarifications()) {
            timeline = timeline.withClarification(clarification);
        }
        return arguments.has(DeadlineOption.EXTENDED) ? timeline.withExtension() : timeline;
    }

    private static void printUsage(PrintStream out) {
        out.println("usage: bin/opensar deadline [--type sar|foi|eir|breach|cctv] OPTIONS");
        out.println("Prints the due date and its explanation as JSON. Dates are YYYY-MM-DD.");
        out.println();
        for (DeadlineOption option : DeadlineOption.values()) {
            out.println(option.usageLine());
        }
        out.println("  --help");
        out.println("      this text");
        out.println();
        out.println("example: bin/opensar deadline --received 2026-09-03 --clarification 2026-09-07/2026-09-09");
    }
}
