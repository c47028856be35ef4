package org.opensar.engine.cli;

import static org.opensar.engine.clock.ClockType.BREACH;
import static org.opensar.engine.clock.ClockType.CCTV;
import static org.opensar.engine.clock.ClockType.EIR;
import static org.opensar.engine.clock.ClockType.FOI;
import static org.opensar.engine.clock.ClockType.SAR;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.opensar.engine.clock.ClockType;

/** The options of {@code bin/opensar deadline}, the value each takes and the clocks each is for. */
enum DeadlineOption {
    TYPE("--type", "sar|foi|eir|breach|cctv", EnumSet.allOf(ClockType.class), "which clock (default sar)"),
    RECEIVED("--received", "DATE", EnumSet.of(SAR, FOI, EIR, CCTV), "the day the request arrived"),
    IDENTITY_RECEIVED("--identity-received", "DATE", EnumSet.of(SAR, CCTV), "identity evidence arrived"),
    AUTHORITY_RECEIVED("--authority-received", "DATE", EnumSet.of(SAR, CCTV), "evidence of authority arrived"),
    FEE_RECEIVED("--fee-received", "DATE", EnumSet.of(SAR, CCTV), "the fee arrived"),
    CLARIFICATION(
            "--clarification",
            "ASKED/ANSWERED",
            EnumSet.of(SAR, FOI, EIR, CCTV),
            "repeatable; leave ANSWERED empty (2026-09-07/) while unanswered"),
    EXTENDED("--extended", null, EnumSet.of(SAR, FOI, EIR, CCTV), "the time is extended"),
    NATION(
            "--nation",
            "england-and-wales|scotland|northern-ireland",
            EnumSet.of(SAR, CCTV),
            "whose public holidays (default england-and-wales)"),
    SAME_DAY_CLARIFICATION(
            "--same-day-clarification",
            "counts|ignored",
            EnumSet.of(SAR, CCTV),
            "whether a same-day question and answer stops the clock a day (default counts)"),
    AWARE("--aware", "DATETIME", EnumSet.of(BREACH), "when the council became aware, UK time, e.g. 2026-03-27T09:30"),
    RECORDED("--recorded", "DATE", EnumSet.of(CCTV), "the day the footage was recorded");

    private final String flag;
    private final String valueName;
    private final Set<ClockType> types;
    private final String help;

    DeadlineOption(String flag, String valueName, Set<ClockType> types, String help) {
        this.flag = flag;
        this.valueName = valueName;
        this.types = types;
        this.help = help;
    }

    String flag() {
        return flag;
    }

    boolean takesValue() {
        return valueName != null;
    }

    boolean repeatable() {
        return this == CLARIFICATION;
    }

    boolean isFor(ClockType type) {
        return types.contains(type);
    }

    String typesInWords() {
        return String.join("|", types.stream().map(ClockType::id).toList());
    }

    String usageLine() {
        return "  " + flag + (takesValue() ? " " + valueName : "")
                + (this == TYPE ? "" : "   (for " + typesInWords() + ")") + System.lineSeparator() + "      " + help;
    }

    static Optional<DeadlineOption> fromFlag(String flag) {
        return Arrays.stream(values()).filter(o -> o.flag.equals(flag)).findFirst();
    }
}
