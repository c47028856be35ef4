package org.opensar.server.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, run as a server holding people's records should be: it listens on 127.0.0.1 only, its
 * Unix socket is in an owner-only folder under OPENSAR_HOME (never the shared /tmp), the superuser has a generated
 * password kept owner-only in {@code OPENSAR_HOME/postgres.password} (scram-sha-256 for every connection, set by
 * initdb on a new folder, and by {@link #requirePassword} on one made by an earlier version with no password), and
 * it is crash-safe: fsync and synchronous commit on, so what was committed survives a power cut. Tests alone turn
 * those two off, for speed ({@code opensar.db.embedded-crash-safe=false}).
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String SUPERUSER = "postgres";
    /** A Unix socket's path must fit in 108 bytes; PostgreSQL adds "/.s.PGSQL.65535". */
    private static final int SOCKET_FOLDER_MAX = 107 - "/.s.PGSQL.65535".length();

    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9/._-]+");

    private final EmbeddedPostgres postgres;
    private final String password;
    private final Path data;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password, Path data) {
        this.postgres = postgres;
        this.password = password;
        this.data = data;
    }

    static EmbeddedDatabase start(Path home, int port, boolean crashSafe) throws IOException {
        Path data = home.resolve("postgres").toAbsolutePath();
        OwnerOnly.folder(home.toAbsolutePath());
        refuseReadOnly(data);
        LeftoverPostgres.stopIfOrphaned(data);
        Path passwordFile = home.resolve("postgres.password").toAbsolutePath();
        String password = OwnerOnly.secret(passwordFile, EmbeddedDatabase::generatePassword);
        Path binaries = OwnerOnly.folder(home.resolve("postgres-binaries").toAbsolutePath());
        String onOff = crashSafe ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                // stopped by the DataSource when Spring closes, after the pool and whatever still writes at shutdown
                // (the audit's last checkpoint), not by a JVM hook racing with them
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", socketFolder(home))
                .setServerConfig("fsync", onOff) // after zonky's own -F, which turns it off
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setLocaleConfig("auth", "scram-sha-256") // initdb of a new folder: after zonky's -A trust
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password)
                .start();
        OwnerOnly.tighten(binaries); // zonky makes its working folder writable by all
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, password, data);
        database.requirePassword();
        return database;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, SUPERUSER);
    }

    String password() {
        return password;
    }

    /**
     * A data folder initialised by an earlier OpenSAR trusts every local connection: give the superuser the
     * generated password and ask for it from now on.
     */
    private void requirePassword() throws IOException {
        Path hba = data.resolve("pg_hba.conf");
        String rules = Files.readString(hba, StandardCharsets.UTF_8);
        if (!Pattern.compile("(?m)^\\s*(local|host)\\S*\\s.*\\btrust\\s*$")
                .matcher(rules)
                .find()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), SUPERUSER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("alter user " + SUPERUSER + " password '" + password + "'");
            Files.writeString(hba, rules.replaceAll("(?m)\\btrust(\\s*)$", "scram-sha-256$1"), StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the embedded PostgreSQL's password: " + e.getMessage(), e);
        }
        log.warn(
                "The embedded PostgreSQL in {} accepted local connections without a password; it now asks for the"
                        + " one in {}",
                data,
                data.resolveSibling("postgres.password"));
    }

    /** The owner-only socket folder, or none (TCP on 127.0.0.1 only) when its path is too long or unusual. */
    private static String socketFolder(Path home) throws IOException {
        Path folder = home.resolve("postgres-socket").toAbsolutePath();
        String path = folder.toString();
        if (path.length() > SOCKET_FOLDER_MAX || !PLAIN_PATH.matcher(path).matches()) {
            log.info("No Unix socket for the embedded PostgreSQL: {} is too long a path for one", folder);
            return "''";
        }
        OwnerOnly.folder(folder);
        return path;
    }

    private static void refuseReadOnly(Path data) throws IOException {
        Path existing = Files.exists(data) ? data : data.getParent();
        if (Files.getFileStore(existing).isReadOnly() || !Files.isWritable(existing)) {
            throw new IllegalStateException("The database folder " + data + " is read-only: OpenSAR must write"
                    + " there. Check the disk is mounted read-write and that the folder belongs to the user running"
                    + " OpenSAR (" + System.getProperty("user.name") + ").");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
