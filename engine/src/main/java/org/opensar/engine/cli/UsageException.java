package org.opensar.engine.cli;

import java.util.List;

/** Bad arguments on the command line: the message is the one line the user sees. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    /** The value after option {@code args[i - 1]}; refused when the arguments end first. */
    public static String optionValue(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
