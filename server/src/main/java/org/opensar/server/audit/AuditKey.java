package org.opensar.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opensar.server.platform.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The audit chain's HMAC-SHA256 key, kept outside the database: OPENSAR_AUDIT_KEY, or generated once into
 * {@code OPENSAR_HOME/audit.key}, owner-only. Without it nobody can compute an entry's hash, so rewriting the log
 * in the database and recomputing the chain no longer passes verification.
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final boolean newToThisLog;

    AuditKey(AuditProperties properties) {
        boolean generated = properties.key().isEmpty() && !Files.exists(properties.keyFile());
        this.key = new SecretKeySpec(bytes(properties), ALGORITHM);
        this.newToThisLog = generated || !properties.key().isEmpty();
    }

    /**
     * Whether this key may key a log that has no keyed entry yet: one just generated (the first start after the
     * upgrade), or one from OPENSAR_AUDIT_KEY. A key file that was already there has keyed the log before, so a log
     * without keyed entries was rewritten.
     */
    boolean mayKeyAnEarlierLog() {
        return newToThisLog;
    }

    /** The hash an entry with these fields must carry. */
    String hash(AuditEntry entry) {
        return entry.keyed() ? mac("entry|" + entry.canonical()) : AuditEntry.unkeyedHash(entry.canonical());
    }

    /** The keyed hash of a new entry's canonical form. */
    String hash(String canonical) {
        return mac("entry|" + canonical);
    }

    /** A signature of a checkpoint line, under the same key but never equal to an entry's hash. */
    String sign(String checkpoint) {
        return mac("checkpoint|" + checkpoint);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] bytes(AuditProperties properties) {
        String source = properties.key().isEmpty() ? properties.keyFile().toString() : "OPENSAR_AUDIT_KEY";
        try {
            String base64 = properties.key();
            if (base64.isEmpty()) {
                boolean generating = !Files.exists(properties.keyFile());
                base64 = OwnerOnly.secret(properties.keyFile(), AuditKey::generate);
                if (generating) {
                    log.info(
                            "Generated the audit log's key in {} (keep a copy apart from the database's backups:"
                                    + " without it the log cannot be verified)",
                            properties.keyFile());
                }
            }
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (bytes.length < 32) {
                throw new IllegalArgumentException(
                        source + " must be at least 32 bytes, base64-encoded; it is " + bytes.length + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit key " + properties.keyFile(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    e.getMessage().startsWith(source) ? e.getMessage() : source + " is not base64: " + e.getMessage(),
                    e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
