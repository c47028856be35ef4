package org.opensar.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as production runs it (crash-safe, the tests' speed-up off): who can connect, where its
 * socket is, and what happens to an install made before it had a password.
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

    private static String setting(Connection connection, String name) throws SQLException {
        try (ResultSet value = connection.createStatement().executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
