package org.opensar.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensar.server.audit.AuditVerifier;
import org.opensar.server.staff.Role;
import org.opensar.server.staff.StaffAccounts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code bin/opensar} commands that need the database, run in a Spring context without a web server. */
public final class ServerCommands {

    /** Command name to its one-line summary, for the launcher's help. */
    public static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(
                "audit",
                "audit verify [--checkpoints FILE]: check the audit log's keyed hash chain and its checkpoints; exit 1"
                        + " if any entry was edited, removed or rewritten");
        NAMES.put("admin", "admin create-user USERNAME --role ROLE [--name NAME] [--email EMAIL] (password on stdin)");
    }

    private ServerCommands() {}

    public static int run(String name, List<String> args, PrintStream out, PrintStream err) {
        try {
            return switch (name) {
                case "audit" -> audit(args, out, err);
                case "admin" -> admin(args, out, err);
                default -> usage(err, "unknown command '" + name + "'");
            };
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (org.springframework.beans.BeansException e) {
            // the server's context did not start (Spring's failure report is in the log): the cause, in one line
            err.println("opensar: "
                    + org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e)
                            .getMessage());
            return 1;
        }
    }

    private static int audit(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("verify")) {
            return usage(err, "usage: bin/opensar audit verify [--checkpoints FILE]");
        }
        Map<String, String> options = options(args.subList(1, args.size()), List.of("--checkpoints"));
        try (ConfigurableApplicationContext context = context()) {
            AuditVerifier verifier = context.getBean(AuditVerifier.class);
            AuditVerifier.Verification verification = options.containsKey("--checkpoints")
                    ? verifier.verify(java.nio.file.Path.of(options.get("--checkpoints")))
                    : verifier.verify();
            if (verification.intact()) {
                out.println("audit log intact: " + verification.entries() + " entries, every hash checks out with the"
                        + " audit key, and the log agrees with all " + verification.checkpoints() + " checkpoints");
                return 0;
            }
            verification.problems().forEach(problem -> err.println("audit log TAMPERED: " + problem));
            return 1;
        }
    }

    private static int admin(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2 || !args.get(0).equals("create-user")) {
            return usage(err, "usage: " + NAMES.get("admin"));
        }
        String username = args.get(1);
        Map<String, String> options = options(args.subList(2, args.size()), List.of("--role", "--name", "--email"));
        Role role = role(options.get("--role"));
        String password = readPassword();
        try (ConfigurableApplicationContext context = context()) {
            context.getBean(StaffAccounts.class)
                    .create(
                            username,
                            options.getOrDefault("--name", username),
                            options.get("--email"),
                            role,
                            password,
                            "command line");
            out.println("created " + role.label() + " '" + username + "'");
            return 0;
        }
    }

    private static Role role(String value) {
        if (value == null) {
            throw new IllegalArgumentException("--role is required: one of " + List.of(Role.values()));
        }
        try {
            return Role.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--role '" + value + "' is not one of " + List.of(Role.values()));
        }
    }

    private static Map<String, String> options(List<String> args, List<String> known) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (!known.contains(option) || rest.isEmpty()) {
                throw new IllegalArgumentException("unexpected argument '" + option + "'");
            }
            options.put(option, rest.remove(0));
        }
        return options;
    }

    private static String readPassword() {
        String fromEnvironment = System.getenv("OPENSAR_NEW_USER_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Password for the new account: ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new IllegalArgumentException("could not read the password from standard input");
        }
    }

    private static ConfigurableApplicationContext context() {
        return new SpringApplicationBuilder(OpenSarApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--logging.level.root=WARN", "--logging.level.org.opensar=WARN");
    }

    private static int usage(PrintStream err, String message) {
        err.println("opensar: " + message);
        return 2;
    }
}
