package org.opensar.engine.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code bin/opensar} that runs without a server. Implementations print their
 * result on {@code out}, one clear line per problem on {@code err}, and return the process exit code.
 */
public interface Command {

    /** The word after {@code bin/opensar}, e.g. {@code deadline}. */
    String name();

    /** One line for the launcher's help. */
    String summary();

    int run(List<String> args, PrintStream out, PrintStream err);
}
