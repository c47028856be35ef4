package org.opensar.engine.cli;

import static org.opensar.engine.cli.UsageException.optionValue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.opensar.engine.tools.generate.CaseFileGenerator;
import org.opensar.engine.tools.generate.CopyMix;
import org.opensar.engine.tools.generate.GeneratorOptions;
import org.opensar.engine.tools.generate.HeldOutMode;

/**
 * {@code bin/opensar generate [--seed N] [--documents N] [--held-out only|exclude|mixed | --family X[,Y...]]
 * [--case-people all|requester-named] [--copies basic|council] OUT_DIR}.
 */
public final class GenerateCommand implements Command {

    private static final String USAGE =
            "usage: opensar generate [--seed N] [--documents N] [--held-out only|exclude|mixed | --family X[,Y...]]"
                    + " [--case-people all|requester-named] [--copies basic|council] OUT_DIR";

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write a synthetic care-leaver case file with its answer key";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        GeneratorOptions options;
        Path outDir;
        try {
            long seed = 1;
            int documents = 50;
            HeldOutMode heldOut = null;
            Set<String> families = Set.of();
            boolean requesterNamedOnly = false;
            CopyMix copies = CopyMix.BASIC;
            outDir = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--seed" -> seed = number(arg, optionValue(args, ++i, arg));
                    case "--documents" -> documents = (int) number(arg, optionValue(args, ++i, arg));
                    case "--held-out" -> heldOut = heldOut(optionValue(args, ++i, arg));
                    case "--family" -> families = families(optionValue(args, ++i, arg));
                    case "--case-people" -> requesterNamedOnly = requesterNamedOnly(optionValue(args, ++i, arg));
                    case "--copies" -> copies = copyMix(optionValue(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("-") || outDir != null) {
                            throw new UsageException("unexpected argument '" + arg + "'");
                        }
                        outDir = Path.of(arg);
                    }
                }
            }
            if (outDir == null) {
                throw new UsageException("give the directory to write into");
            }
            if (documents < 1 || documents > 1_000_000) {
                throw new UsageException("--documents must be between 1 and 1000000");
            }
            if (heldOut != null && !families.isEmpty()) {
                throw new UsageException("give --held-out or --family, not both");
            }
            options = new GeneratorOptions(seed, documents, heldOut, families, requesterNamedOnly, copies);
        } catch (UsageException e) {
            err.println("opensar generate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            out.println(CaseFileGenerator.generate(options, outDir).line());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("opensar generate: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("opensar generate: cannot write " + outDir + ": " + e.getMessage());
            return 1;
        }
    }

    /** Parses {@code basic} or {@code council}. */
    private static CopyMix copyMix(String text) {
        try {
            return CopyMix.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--copies must be basic or council, not '" + text + "'");
        }
    }

    /** Parses {@code only}, {@code exclude} or {@code mixed}. */
    private static HeldOutMode heldOut(String text) {
        try {
            return HeldOutMode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--held-out must be only, exclude or mixed, not '" + text + "'");
        }
    }

    /** "all" lists everyone in case.json; "requester-named" only the subject and the family the requester named. */
    private static boolean requesterNamedOnly(String text) {
        return switch (text) {
            case "all" -> false;
            case "requester-named" -> true;
            default -> throw new UsageException("--case-people takes all or requester-named, not '" + text + "'");
        };
    }

    /** "C" or "A,B,E": template families are named by one capital letter. */
    private static Set<String> families(String text) {
        Set<String> families = new TreeSet<>(Arrays.asList(text.split(",")));
        for (String family : families) {
            if (!family.matches("[A-Z]")) {
                throw new UsageException("--family takes capital letters separated by commas, not '" + text + "'");
            }
        }
        return families;
    }

    private static long number(String option, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not '" + text + "'");
        }
    }
}
