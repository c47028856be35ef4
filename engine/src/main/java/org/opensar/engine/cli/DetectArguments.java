package org.opensar.engine.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The parsed arguments of {@code detect}: a case file and the council's staff directory (both optional) and either
 * one input or a JSON Lines batch.
 */
record DetectArguments(Path caseFile, Path staff, String input, Path jsonl, boolean help) {

    static DetectArguments parse(List<String> args) {
        Path caseFile = null;
        Path staff = null;
        String input = null;
        Path jsonl = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    return new DetectArguments(null, null, null, null, true);
                }
                case "--case" -> caseFile = Path.of(value(args, ++i, arg));
                case "--jsonl" -> jsonl = Path.of(value(args, ++i, arg));
                case "--staff" -> staff = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg + "; " + DetectCommand.USAGE);
                    }
                    if (input != null) {
                        throw new UsageException("one input only, got " + input + " and " + arg);
                    }
                    input = arg;
                }
            }
        }
        if ((input == null) == (jsonl == null)) {
            throw new UsageException("give exactly one of FILE, - or --jsonl FILE; " + DetectCommand.USAGE);
        }
        if (staff != null && caseFile == null) {
            throw new UsageException("--staff needs --case: the staff directory completes a case's people register");
        }
        return new DetectArguments(caseFile, staff, input, jsonl, false);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a file name");
        }
        return args.get(i);
    }
}
