package org.opensar.server.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
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
            EmbeddedDatabase postgres = startEmbedded(properties);
            config.setJdbcUrl(postgres.jdbcUrl());
            config.setUsername(EmbeddedDatabase.SUPERUSER);
            config.setPassword(postgres.password());
            return new EmbeddedBackedDataSource(config, postgres);
        }
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.user());
        config.setPassword(properties.password());
        return new HikariDataSource(config);
    }

    private static EmbeddedDatabase startEmbedded(DatabaseProperties properties) {
        Path data = properties.home().resolve("postgres").toAbsolutePath();
        log.info("Starting embedded PostgreSQL with data in {}", data);
        try {
            return EmbeddedDatabase.start(properties.home(), properties.embeddedPort(), properties.embeddedCrashSafe());
        } catch (IOException | RuntimeException e) {
            String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new EmbeddedDatabaseUnavailable(
                    e instanceof IllegalStateException && e.getCause() == null
                            ? cause
                            : "Could not start the embedded PostgreSQL in " + data + ": " + cause
                                    + " (PostgreSQL's own log lines above say more)",
                    e);
        }
    }

    /** Closes the embedded server after the pool, so shutdown leaves no PostgreSQL process behind. */
    static final class EmbeddedBackedDataSource extends HikariDataSource {

        private final transient EmbeddedDatabase postgres;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedDatabase postgres) {
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
