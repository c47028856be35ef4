package org.opensar.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Each entry carries the HMAC-SHA256, under a key kept outside the database
 * ({@link AuditKey}), of its fields and of the entry before it, and the head row holds the newest hash, so editing,
 * deleting or truncating entries breaks the chain that {@link AuditVerifier} checks, and without the key it cannot be
 * recomputed; signed checkpoints outside the database ({@link AuditCheckpoints}) catch a shortened log. Appends take
 * the head row's lock, so the chain stays a line even with several server nodes writing at once.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, AuditKey key, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
    }

    /** Writes the event in the publisher's transaction: the change and its audit entry commit together. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AuditableEvent event) {
        append(event.actor(), event.action(), event.subject(), event.before(), event.after(), event.reason());
    }

    @Transactional
    public AuditEntry append(
            String actor, String action, AuditSubject subject, String before, String after, String reason) {
        Head head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
        long seq = head.seq() + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash =
                key.hash(AuditEntry.canonical(seq, now, actor, action, subject, before, after, reason, head.hash()));
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, action, subject_type, subject_id,
                                         before_state, after_state, reason, prev_hash, hash, keyed)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(
                        seq,
                        Timestamp.from(now),
                        actor,
                        action,
                        subject.type(),
                        subject.id(),
                        before,
                        after,
                        reason,
                        head.hash(),
                        hash)
                .update();
        jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1")
                .params(seq, hash)
                .update();
        return new AuditEntry(seq, now, actor, action, subject, before, after, reason, head.hash(), hash, true);
    }

    /** The entries about one thing, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(AuditSubject subject) {
        return jdbc.sql("select * from audit_entry where subject_type = ? and subject_id = ? order by seq")
                .params(subject.type(), subject.id())
                .query(AuditLog::entry)
                .list();
    }

    /** The newest entries first, for the auditor's page. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select * from audit_entry order by seq desc limit ?")
                .param(limit)
                .query(AuditLog::entry)
                .list();
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                new AuditSubject(rs.getString("subject_type"), rs.getString("subject_id")),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("reason"),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getBoolean("keyed"));
    }

    private record Head(long seq, String hash) {}
}
