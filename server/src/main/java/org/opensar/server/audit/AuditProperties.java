package org.opensar.server.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the audit chain's secrets and checkpoints are kept, outside the database.
 *
 * @param home OPENSAR_HOME: the key is generated once into {@code home/audit.key} (owner-only) when no key is
 *     given, and checkpoints are appended to {@code home/audit-checkpoints}
 * @param key OPENSAR_AUDIT_KEY: the HMAC key, base64 of at least 32 bytes, from a secret store; every node needs
 *     the same one, and so does {@code bin/opensar audit verify}
 * @param checkpointInterval OPENSAR_AUDIT_CHECKPOINT_INTERVAL: how often the chain's head is signed and written
 *     outside the database (and to the log), when it has moved; also at start and at a clean stop
 */
@ConfigurationProperties("opensar.audit")
public record AuditProperties(Path home, String key, Duration checkpointInterval) {

    public AuditProperties {
        home = home == null || home.toString().isBlank() ? Path.of("data") : home;
        key = key == null ? "" : key.strip();
        checkpointInterval = checkpointInterval == null ? Duration.ofHours(1) : checkpointInterval;
    }

    Path keyFile() {
        return home.resolve("audit.key");
    }

    Path checkpointFile() {
        return home.resolve("audit-checkpoints");
    }
}
