package org.opensar.engine.cli;

import static org.opensar.engine.cli.UsageException.optionValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opensar.engine.extract.ExtractionSettings;

/** The arguments of {@code bin/opensar process}. */
record ProcessArguments(
        Path caseFile,
        Path out,
        Optional<Path> policy,
        Optional<Path> letter,
        Optional<Path> reasonWording,
        Optional<Path> staff,
        int threads,
        ExtractionSettings extraction) {

    static final String USAGE =
            "usage: bin/opensar process CASE_DIR|CASE.zip --out OUT_DIR [--policy FILE] [--letter FILE]"
                    + " [--reason-wording FILE] [--staff STAFF.csv] [--threads N] [--max-document-mb N] [--document-timeout-seconds N]";

    static ProcessArguments parse(List<String> args) {
        Path caseFile = null;
        Path out = null;
        Path policy = null;
        Path letter = null;
        Path reasonWording = null;
        Path staff = null;
        int threads = Runtime.getRuntime().availableProcessors();
        ExtractionSettings extraction = ExtractionSettings.DEFAULT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> out = Path.of(optionValue(args, ++i, arg));
                case "--policy" -> policy = Path.of(optionValue(args, ++i, arg));
                case "--letter" -> letter = Path.of(optionValue(args, ++i, arg));
                case "--reason-wording" -> reasonWording = Path.of(optionValue(args, ++i, arg));
                case "--staff" -> staff = Path.of(optionValue(args, ++i, arg));
                case "--threads" -> threads = positive(optionValue(args, ++i, arg), arg);
                case "--max-document-mb" ->
                    extraction = extraction.withMaxBytes((long) positive(optionValue(args, ++i, arg), arg) << 20);
                case "--document-timeout-seconds" ->
                    extraction = extraction.withTimeout(Duration.ofSeconds(positive(optionValue(args, ++i, arg), arg)));
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
        return new ProcessArguments(
                caseFile,
                out,
                Optional.ofNullable(policy),
                Optional.ofNullable(letter),
                Optional.ofNullable(reasonWording),
                Optional.ofNullable(staff),
                threads,
                extraction);
    }

    private static int positive(String value, String option) {
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new UsageException(option + " must be at least 1");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a number, not " + value);
        }
    }
}
