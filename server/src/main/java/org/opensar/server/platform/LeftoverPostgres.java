package org.opensar.server.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a data folder that outlived its OpenSAR: after {@code kill -9} the JVM is gone but the
 * PostgreSQL it started is still running, holding the folder, and the next start failed. Before starting, a
 * PostgreSQL named by the folder's {@code postmaster.pid} is stopped cleanly (a fast shutdown, as pg_ctl's: open
 * transactions rolled back, everything committed kept), but only when it is really a PostgreSQL of this folder and
 * no live OpenSAR holds the folder's lock; a live OpenSAR is reported as such instead.
 */
final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);
    /** The lock file zonky's EmbeddedPostgres holds while an OpenSAR uses the folder. */
    private static final String LOCK = "epg-lock";

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private LeftoverPostgres() {}

    /** Stops a PostgreSQL left running in {@code data} by an OpenSAR that died; refuses when one is alive. */
    static void stopIfOrphaned(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        if (lockedByAnotherOpenSar(data)) {
            throw new IllegalStateException("Another OpenSAR (a server, or an 'audit' or 'admin' command) is using the"
                    + " database in " + data + ": stop it first, or point this one at the same PostgreSQL with"
                    + " OPENSAR_DB_URL.");
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> postgres =
                lines.isEmpty() ? Optional.empty() : process(lines.get(0).strip());
        if (postgres.isEmpty() || !isPostgresOf(postgres.get(), data)) {
            return; // a stale file of a PostgreSQL that is gone: PostgreSQL itself starts over it
        }
        long pid = postgres.get().pid();
        log.warn(
                "The embedded PostgreSQL of {} (process {}) is still running, left by an OpenSAR that stopped"
                        + " without shutting it down (killed, or the machine's power); stopping it cleanly before starting",
                data,
                pid);
        stop(postgres.get(), data);
        log.info("The left-over PostgreSQL (process {}) has stopped; its committed data is kept", pid);
    }

    private static boolean lockedByAnotherOpenSar(Path data) throws IOException {
        Path lock = data.resolve(LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock held = channel.tryLock()) {
            return held == null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // held in this JVM
        }
    }

    private static Optional<ProcessHandle> process(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A postgres server process whose command line names this data folder (not a process that reused the pid). */
    static boolean isPostgresOf(ProcessHandle process, Path data) throws IOException {
        Optional<String> command = process.info().command();
        if (command.isEmpty()
                || !Path.of(command.get()).getFileName().toString().equals("postgres")) {
            return false;
        }
        List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
        int folder = arguments.indexOf("-D") + 1;
        return folder > 0
                && folder < arguments.size()
                && Files.exists(Path.of(arguments.get(folder)))
                && Files.isSameFile(Path.of(arguments.get(folder)), data);
    }

    /** SIGINT is PostgreSQL's fast shutdown, as {@code pg_ctl stop -m fast} sends it; SIGTERM if kill is missing. */
    private static void stop(ProcessHandle postgres, Path data) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postgres.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                postgres.destroy();
            }
            postgres.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the left-over PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL left running in " + data + " (process "
                    + postgres.pid() + ") did not stop within " + STOP_WAIT.toSeconds() + " seconds: stop it with"
                    + " 'kill -INT " + postgres.pid() + "' and start OpenSAR again.");
        }
    }
}
