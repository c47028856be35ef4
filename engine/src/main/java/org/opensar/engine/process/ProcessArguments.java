package org.opensar.engine.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opensar.engine.cli.UsageException;

/** The arguments of {@code bin/opensar process}. */
record ProcessArguments(Path caseFile, Path out, Optional<Path> policy, int threads) {

    static ProcessArguments parse(List<String> args) {
        Path caseFile = null;
        Path out = null;
        Path policy = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--policy" -> policy = Path.of(value(args, ++i, arg));
                case "--threads" -> threads = threads(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (caseFile != null) {
                        throw new UsageException("one case file at a time, not also " + arg);
                    }
                    caseFile = Path.of(arg);
                }
            }
        }
        if (caseFile == null) {
            throw new UsageException("which case? give a case folder or .zip");
        }
        if (out == null) {
            throw new UsageException("--out OUT_DIR is required");
        }
        return new ProcessArguments(caseFile, out, Optional.ofNullable(policy), threads);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int threads(String value) {
        try {
            int threads = Integer.parseInt(value);
            if (threads < 1) {
                throw new UsageException("--threads must be at least 1");
            }
            return threads;
        } catch (NumberFormatException e) {
            throw new UsageException("--threads takes a number, not " + value);
        }
    }
}
