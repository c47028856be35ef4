package org.opensar.server.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one DataSource: an external PostgreSQL by URL, or an embedded one whose data survives restarts. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("opensar");
        config.setMaximumPoolSize(20);
        if (properties.embedded()) {
            EmbeddedPostgres postgres = startEmbedded(properties);
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            return new EmbeddedBackedDataSource(config, postgres);
        }
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.user());
        config.setPassword(properties.password());
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres startEmbedded(DatabaseProperties properties) {
        Path dataDirectory = properties.home().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(dataDirectory.getParent());
            log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.embeddedPort())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dataDirectory
                            + " (is another OpenSAR using it? set OPENSAR_HOME to another folder or OPENSAR_DB_URL)",
                    e);
        }
    }

    /** Closes the embedded server after the pool, so shutdown leaves no PostgreSQL process behind. */
    static final class EmbeddedBackedDataSource extends HikariDataSource {

        private final transient EmbeddedPostgres postgres;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedPostgres postgres) {
            super(config);
            this.postgres = postgres;
        }

        @Override
        public void close() {
            super.close();
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
