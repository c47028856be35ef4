package org.opensar.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One link of the audit chain. Its hash covers every field and the previous entry's hash: an HMAC-SHA256 under the
 * audit key ({@code keyed}), or for entries written before the chain was keyed, a plain SHA-256.
 */
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
        String hash,
        boolean keyed) {

    /** The fields as one string, length-prefixed so that no two different entries share a canonical form. */
    static String canonical(
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
            canonical
                    .append(field == null ? -1 : field.length())
                    .append(':')
                    .append(field)
                    .append('|');
        }
        return canonical.toString();
    }

    String canonical() {
        return canonical(seq, occurredAt, actor, action, subject, before, after, reason, prevHash);
    }

    /** The unkeyed SHA-256 of entries written before the chain was keyed; anyone can compute it. */
    static String unkeyedHash(String canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
