package org.opensar.engine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.opensar.engine.pack.PasswordRelease;

/** The arguments of {@code bin/opensar package release}. */
record ReleaseArguments(Path out, PasswordRelease.Method method, String to, String by) {

    static final String USAGE =
            "usage: bin/opensar package release OUT_DIR --method phone|email --to NUMBER|ADDRESS --by OFFICER";

    static ReleaseArguments parse(List<String> args) {
        Path out = null;
        PasswordRelease.Method method = null;
        String to = null;
        String by = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--method" -> {
                    String value = value(args, ++i, "--method needs phone or email");
                    try {
                        method = PasswordRelease.Method.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--method is phone or email, not " + value);
                    }
                }
                case "--to" -> to = value(args, ++i, "--to needs the phone number called or the email address");
                case "--by" -> by = value(args, ++i, "--by needs the name of the officer who gave the password");
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (out != null) {
                        throw new UsageException("one output folder at a time, not also " + arg);
                    }
                    out = Path.of(arg);
                }
            }
        }
        if (out == null) {
            throw new UsageException("which folder? give the OUT_DIR that holds delivery/delivery.json");
        }
        if (method == null || to == null || by == null) {
            throw new UsageException("say how the password was given (--method), to whom (--to) and by whom (--by)");
        }
        return new ReleaseArguments(out, method, to, by);
    }

    private static String value(List<String> args, int i, String missing) {
        if (i >= args.size() || args.get(i).isBlank() || args.get(i).startsWith("--")) {
            throw new UsageException(missing);
        }
        return args.get(i).strip();
    }
}
