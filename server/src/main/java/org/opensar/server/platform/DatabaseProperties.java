package org.opensar.server.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the server starts an embedded PostgreSQL with its files under
 * {@code home/postgres}, so a newcomer needs no database server; production points {@code url} at any PostgreSQL.
 *
 * @param home OPENSAR_HOME: the folder for local data (default {@code ./data})
 * @param url OPENSAR_DB_URL: a JDBC URL of an external PostgreSQL; blank means embedded
 * @param user OPENSAR_DB_USER
 * @param password OPENSAR_DB_PASSWORD
 * @param embeddedPort OPENSAR_DB_EMBEDDED_PORT: the embedded server's port, 0 for any free port
 */
@ConfigurationProperties("opensar.db")
public record DatabaseProperties(Path home, String url, String user, String password, int embeddedPort) {

    public DatabaseProperties {
        home = home == null ? Path.of("data") : home;
        user = user == null ? "postgres" : user;
        password = password == null ? "" : password;
    }

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
