package org.opensar;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.opensar.engine.cli.Command;
import org.opensar.server.OpenSarApplication;
import org.opensar.server.ServerCommands;

/**
 * The one entry point behind {@code bin/opensar}. {@code serve} and the commands that need the
 * database start Spring; everything else is an engine {@link Command} found by {@link ServiceLoader},
 * so officers and scripts can use it without a server.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        boolean springStarts =
                args.length > 0 && (args[0].equals("serve") || ServerCommands.NAMES.containsKey(args[0]));
        if (!springStarts) {
            // before any logger exists: engine commands log warnings to stderr only (Spring configures its own)
            System.setProperty("logback.configurationFile", "cli-logback.xml");
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        Map<String, Command> engineCommands = engineCommands();
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            printHelp(out, engineCommands);
            return;
        }
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (name.equals("serve")) {
            OpenSarApplication.main(rest.toArray(String[]::new));
            return;
        }
        if (ServerCommands.NAMES.containsKey(name)) {
            System.exit(ServerCommands.run(name, rest, out, err));
        }
        Command command = engineCommands.get(name);
        if (command == null) {
            err.println("opensar: unknown command '" + name + "'; run 'bin/opensar help' for the list");
            System.exit(2);
        }
        System.exit(command.run(rest, out, err));
    }

    private static Map<String, Command> engineCommands() {
        Map<String, Command> commands = new TreeMap<>();
        ServiceLoader.load(Command.class).forEach(c -> commands.put(c.name(), c));
        return commands;
    }

    private static void printHelp(PrintStream out, Map<String, Command> engineCommands) {
        out.println("usage: bin/opensar COMMAND [ARGS]");
        out.println();
        out.printf("  %-10s %s%n", "serve", "start the server (embedded PostgreSQL unless OPENSAR_DB_URL is set)");
        ServerCommands.NAMES.forEach((name, summary) -> out.printf("  %-10s %s%n", name, summary));
        engineCommands.values().forEach(c -> out.printf("  %-10s %s%n", c.name(), c.summary()));
    }
}
