package org.opensar.server.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the server starts an embedded PostgreSQL with its files under
 * {@code home/postgres}, so a newcomer needs no database server; production points {@code url} at any PostgreSQL.
 *
 * @param home OPENSAR_HOME: the folder for local data (default {@code ./data}), owner-only
 * @param temporary OPENSAR_TMP: the private temporary folder (default {@code home/tmp}), owner-only and emptied when
 *     the server starts ({@link LocalFolders}); with several nodes sharing OPENSAR_HOME, give each its own
 * @param url OPENSAR_DB_URL: a JDBC URL of an external PostgreSQL; blank means embedded
 * @param user OPENSAR_DB_USER
 * @param password OPENSAR_DB_PASSWORD
 * @param embeddedPort OPENSAR_DB_EMBEDDED_PORT: the embedded server's port, 0 for any free port
 * @param embeddedCrashSafe fsync and synchronous commit in the embedded server; on unless a test turns them off
 */
@ConfigurationProperties("opensar.db")
public record DatabaseProperties(
        Path home,
        Path temporary,
        String url,
        String user,
        String password,
        int embeddedPort,
        Boolean embeddedCrashSafe) {

    public DatabaseProperties {
        home = home == null ? Path.of("data") : home;
        temporary = temporary == null || temporary.toString().isBlank() ? home.resolve("tmp") : temporary;
        user = user == null ? "postgres" : user;
        password = password == null ? "" : password;
        embeddedCrashSafe = embeddedCrashSafe == null || embeddedCrashSafe;
    }

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
