package org.opensar.engine.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensar.engine.clock.Clarification;
import org.opensar.engine.clock.ClockSettings;
import org.opensar.engine.clock.ClockType;
import org.opensar.engine.clock.Nation;

/** The command line of {@code bin/opensar deadline}, checked: every problem is one {@link UsageException}. */
final class DeadlineArguments {

    private final Map<DeadlineOption, List<String>> values;
    private final ClockType type;

    private DeadlineArguments(Map<DeadlineOption, List<String>> values) {
        this.values = values;
        this.type = first(DeadlineOption.TYPE).map(DeadlineArguments::type).orElse(ClockType.SAR);
        for (DeadlineOption option : values.keySet()) {
            if (!option.isFor(type)) {
                throw new UsageException(
                        option.flag() + " is for --type " + option.typesInWords() + ", not --type " + type.id());
            }
        }
    }

    static DeadlineArguments parse(List<String> args) {
        Map<DeadlineOption, List<String>> values = new EnumMap<>(DeadlineOption.class);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "' (options start with --; see --help)");
            }
            int equals = arg.indexOf('=');
            String flag = equals < 0 ? arg : arg.substring(0, equals);
            DeadlineOption option = DeadlineOption.fromFlag(flag)
                    .orElseThrow(() -> new UsageException("unknown option '" + flag + "' (see --help)"));
            String value;
            if (!option.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException(flag + " takes no value");
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException(flag + " needs a value");
            }
            List<String> given = values.computeIfAbsent(option, o -> new ArrayList<>());
            if (!given.isEmpty() && !option.repeatable()) {
                throw new UsageException(flag + " is given more than once");
            }
            given.add(value);
        }
        return new DeadlineArguments(values);
    }

    ClockType type() {
        return type;
    }

    boolean has(DeadlineOption option) {
        return values.containsKey(option);
    }

    Optional<LocalDate> date(DeadlineOption option) {
        return first(option).map(value -> date(option, value));
    }

    LocalDate requiredDate(DeadlineOption option) {
        return date(option).orElseThrow(() -> missing(option));
    }

    LocalDateTime awareAt() {
        String value = first(DeadlineOption.AWARE).orElseThrow(() -> missing(DeadlineOption.AWARE));
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(DeadlineOption.AWARE.flag() + " '" + value
                    + "' is not a date and time (expected YYYY-MM-DDTHH:MM, UK time)");
        }
    }

    Nation nation() {
        return first(DeadlineOption.NATION)
                .map(value -> {
                    try {
                        return Nation.fromId(value);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--nation " + e.getMessage());
                    }
                })
                .orElse(Nation.ENGLAND_AND_WALES);
    }

    ClockSettings settings() {
        return first(DeadlineOption.SAME_DAY_CLARIFICATION)
                .map(value -> switch (value) {
                    case "counts" -> new ClockSettings(true);
                    case "ignored" -> new ClockSettings(false);
                    default ->
                        throw new UsageException("--same-day-clarification '" + value + "' is not counts or ignored");
                })
                .orElse(ClockSettings.defaults());
    }

    List<Clarification> clarifications() {
        return values.getOrDefault(DeadlineOption.CLARIFICATION, List.of()).stream()
                .map(DeadlineArguments::clarification)
                .toList();
    }

    private static Clarification clarification(String value) {
        String[] parts = value.split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            throw new UsageException("--clarification '" + value
                    + "' is not ASKED/ANSWERED (e.g. 2026-09-07/2026-09-09, or 2026-09-07/ while unanswered)");
        }
        LocalDate asked = date(DeadlineOption.CLARIFICATION, parts[0]);
        if (parts[1].isEmpty()) {
            return Clarification.unanswered(asked);
        }
        LocalDate answered = date(DeadlineOption.CLARIFICATION, parts[1]);
        if (answered.isBefore(asked)) {
            throw new UsageException("--clarification '" + value + "' is answered before it was asked");
        }
        return Clarification.answered(asked, answered);
    }

    private static LocalDate date(DeadlineOption option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option.flag() + " '" + value + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    private static ClockType type(String value) {
        try {
            return ClockType.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    "--type '" + value + "' is not a clock (expected " + DeadlineOption.TYPE.typesInWords() + ")");
        }
    }

    private Optional<String> first(DeadlineOption option) {
        return Optional.ofNullable(values.get(option)).map(list -> list.get(0));
    }

    private UsageException missing(DeadlineOption option) {
        return new UsageException(option.flag() + " is required for --type " + type.id());
    }
}
