package org.opensar.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as production runs it (crash-safe, the tests' speed-up off): who can connect, where its
 * socket is, what happens to an install made before it had a password, and a restart after {@code kill -9}.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path home;

    @Test
    void onlyOpenSarCanConnectAndCommitsSurviveAPowerCut() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(home, 0, true)) {
            try (Connection connection =
                    DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password())) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(setting(connection, "unix_socket_directories"))
                        .isEqualTo(
                                home.resolve("postgres-socket").toAbsolutePath().toString());
            }
            assertThat(permissions(home.resolve("postgres-socket"))).isEqualTo("rwx------");
            assertThat(permissions(home.resolve("postgres.password"))).isEqualTo("rw-------");
            assertThat(permissions(home.resolve("postgres-binaries"))).isEqualTo("rwx------");
            assertThat(Files.readString(home.resolve("postgres.password"))).isEqualTo(database.password());
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void aFolderMadeWithoutAPasswordByAnEarlierVersionNowAsksForOne() throws Exception {
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                        .setDataDirectory(home.resolve("postgres"))
                        .setCleanDataDirectory(false)
                        .start();
                Connection trusted = earlier.getPostgresDatabase().getConnection();
                Statement statement = trusted.createStatement()) {
            statement.execute("create table kept (note text); insert into kept values ('made before')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(home, 0, true)) {
            try (Connection connection =
                            DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
                    ResultSet kept = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("made before");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "wrong"))
                    .hasMessageContaining("password authentication failed");
            assertThat(Files.readString(home.resolve("postgres/pg_hba.conf")))
                    .doesNotContainPattern("(?m)^(local|host).*trust\\s*$");
        }
    }

    @Test
    void afterKillMinus9TheLeftOverPostgresIsStoppedCleanlyAndTheDataIsThere() throws Exception {
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledServer.class.getName(),
                        home.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.equals(KilledServer.READY)) {
            // the child's start-up log
        }
        assertThat(line).as("the child server started").isEqualTo(KilledServer.READY);
        server.destroyForcibly(); // kill -9: no shutdown hook runs, PostgreSQL is not stopped
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long leftOver = Long.parseLong(Files.readAllLines(home.resolve("postgres/postmaster.pid"))
                .get(0)
                .strip());
        assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive))
                .as("PostgreSQL outlived it")
                .hasValue(true);

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(home, 0, true);
                Connection connection =
                        DriverManager.getConnection(restarted.jdbcUrl(), "postgres", restarted.password());
                ResultSet committed = connection.createStatement().executeQuery("select note from committed")) {
            assertThat(committed.next()).isTrue();
            assertThat(committed.getString(1)).isEqualTo("before the kill");
            assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive))
                    .isNotEqualTo(java.util.Optional.of(true));
        }
    }

    @Test
    void aReadOnlyDataFolderIsSaidToBeOne() throws Exception {
        Path data = Files.createDirectories(home.resolve("postgres"));
        boolean root = "root".equals(System.getProperty("user.name"));
        // root writes through permissions, but not into an immutable folder
        Assumptions.assumeTrue(
                root ? run("chattr", "+i", data.toString()) : setReadOnly(data, true),
                "the folder cannot be made read-only here (as root that needs chattr on ext2/3/4 or XFS)");
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(home, 0, true))
                    .hasMessageContaining("The database folder " + data.toAbsolutePath() + " is read-only");
        } finally {
            if (root) {
                run("chattr", "-i", data.toString());
            } else {
                setReadOnly(data, false);
            }
        }
    }

    private static boolean setReadOnly(Path folder, boolean readOnly) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(readOnly ? "r-x------" : "rwx------"));
        return true;
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (ResultSet value = connection.createStatement().executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** An OpenSAR in a JVM of its own: starts the database, commits a row, says so, and waits to be killed. */
    public static final class KilledServer {

        static final String READY = "ready to be killed";

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0, true);
            try (Connection connection =
                            DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "create table committed (note text); insert into committed values ('before the kill')");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
