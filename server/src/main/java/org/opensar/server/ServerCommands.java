package org.opensar.server;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The {@code bin/opensar} commands that need the database, run in a Spring context without a web server. */
public final class ServerCommands {

    /** Command name to its one-line summary, for the launcher's help. */
    public static final Map<String, String> NAMES = Map.of();

    private ServerCommands() {}

    public static int run(String name, List<String> args, PrintStream out, PrintStream err) {
        err.println("opensar: unknown command '" + name + "'");
        return 2;
    }
}
