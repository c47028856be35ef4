package org.opensar.server.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.opensar.server.platform.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the signed checkpoints of the audit chain's head, outside the database: appended to
 * {@code OPENSAR_HOME/audit-checkpoints} (owner-only) and written to the log, from where an operator copies them
 * off the machine (log shipping, the DPO's mailbox); {@code bin/opensar audit verify} checks the log against them.
 * Also keys a log written before the chain was keyed, once, with an {@code AUDIT_LOG_KEYED} entry.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditLog audit;
    private final AuditProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    AuditCheckpoints(
            JdbcClient jdbc, AuditKey key, AuditLog audit, AuditProperties properties, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.audit = audit;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** What the entry that keys an earlier, unkeyed log records: how many entries it vouches for, and the last. */
    record Keyed(long earlierEntries, String earlierHead) {}

    /**
     * A log with entries but none keyed was written before the chain was keyed: its head is taken into a keyed
     * entry, and so into every checkpoint from now on. Unless checkpoints were written already, or the key file was
     * there before this start, since then the log was keyed once and has been rewritten without its key: that is
     * left for verification to report.
     */
    void keyEarlierEntries() {
        keyEarlierEntries(key.mayKeyAnEarlierLog());
    }

    void keyEarlierEntries(boolean keyIsNewToTheLog) {
        long keyed = jdbc.sql("select count(*) from audit_entry where keyed")
                .query(Long.class)
                .single();
        long earlier = jdbc.sql("select count(*) from audit_entry where not keyed")
                .query(Long.class)
                .single();
        if (earlier == 0 || keyed > 0) {
            return;
        }
        if (!keyIsNewToTheLog || !read(properties.checkpointFile()).isEmpty()) {
            log.error("The audit log has no keyed entry although checkpoints of it were written: it has been rewritten"
                    + " without the audit key. Run 'bin/opensar audit verify'.");
            return;
        }
        String head = jdbc.sql("select hash from audit_head where id = 1")
                .query(String.class)
                .single();
        audit.append(
                "system",
                "AUDIT_LOG_KEYED",
                new AuditSubject("audit-log", "chain"),
                null,
                json.writeValueAsString(new Keyed(earlier, head)),
                "the chain is keyed from this entry on; the entries before keep their SHA-256 hashes");
        log.info("The audit log's {} earlier entries are now vouched for by a keyed entry", earlier);
    }

    /** Signs and writes the chain's head, when it moved since the last checkpoint; returns what was written. */
    synchronized Optional<Checkpoint> write() {
        Checkpoint head = jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, n) -> checkpoint(rs.getLong("seq"), rs.getString("hash")))
                .single();
        Path file = properties.checkpointFile();
        List<Checkpoint> written = read(file);
        if (!written.isEmpty()
                && written.get(written.size() - 1).seq() == head.seq()
                && written.get(written.size() - 1).hash().equals(head.hash())) {
            return Optional.empty();
        }
        try {
            if (!Files.exists(file)) {
                OwnerOnly.folder(file.toAbsolutePath().getParent());
                OwnerOnly.newFile(file).close();
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                out.write((head.line() + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit checkpoint to " + file, e);
        }
        log.info("Audit checkpoint: {}", head.line());
        return Optional.of(head);
    }

    private Checkpoint checkpoint(long seq, String hash) {
        Checkpoint unsigned = new Checkpoint(seq, hash, clock.instant().truncatedTo(ChronoUnit.SECONDS), "");
        return new Checkpoint(seq, hash, unsigned.writtenAt(), key.sign(unsigned.signed()));
    }

    /** The checkpoints in a file, in order; lines that are not checkpoints are left out. */
    static List<Checkpoint> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                    .map(Checkpoint::parse)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoints in " + file, e);
        }
    }
}
