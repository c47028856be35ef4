package org.opensar.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** One link of the audit chain. Its hash covers every field and the previous entry's hash. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        AuditSubject subject,
        String before,
        String after,
        String reason,
        String prevHash,
        String hash) {

    /** The hash an entry with these fields must carry. */
    static String hashOf(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            AuditSubject subject,
            String before,
            String after,
            String reason,
            String prevHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {
            Long.toString(seq),
            occurredAt.truncatedTo(ChronoUnit.MICROS).toString(),
            actor,
            action,
            subject.type(),
            subject.id(),
            before,
            after,
            reason,
            prevHash
        }) {
            // length-prefixed so that no two different entries share a canonical form
            canonical
                    .append(field == null ? -1 : field.length())
                    .append(':')
                    .append(field)
                    .append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    boolean hashMatches() {
        return hash.equals(hashOf(seq, occurredAt, actor, action, subject, before, after, reason, prevHash));
    }
}
