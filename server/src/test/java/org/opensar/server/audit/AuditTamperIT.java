package org.opensar.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampering with the audit log, as someone with direct database access would: the database refuses edits, and
 * where a superuser switches that guard off, verification names every entry that was changed or removed, even when
 * the chain is recomputed, since the hashes are keyed and the head is checkpointed outside the database. Runs in a
 * database of its own, since it breaks the chain on purpose; each test starts from a fresh log of five entries.
 */
@SpringBootTest(properties = "opensar.db.home=target/it-data/audit-tamper-${random.uuid}")
class AuditTamperIT {

    @Autowired
    private AuditLog log;

    @Autowired
    private AuditVerifier verifier;

    @Autowired
    private AuditCheckpoints checkpoints;

    @Autowired
    private AuditProperties properties;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void fiveEntriesAndACheckpoint() throws IOException {
        asSuperuser("delete from audit_entry");
        jdbc.sql("update audit_head set seq = 0, hash = 'GENESIS' where id = 1").update();
        Files.deleteIfExists(properties.checkpointFile());
        for (int i = 1; i <= 5; i++) {
            log.append(
                    "olivia",
                    "REQUEST_START_WORK",
                    new AuditSubject("request", "SAR-2026-00000" + i),
                    "{\"status\":\"RECEIVED\"}",
                    "{\"status\":\"IN_PROGRESS\"}",
                    null);
        }
        checkpoints.write();
    }

    private void asSuperuser(String sql) {
        jdbc.sql("alter table audit_entry disable trigger user").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger user").update();
        }
    }

    @Test
    void anUntouchedLogVerifies() throws IOException {
        AuditVerifier.Verification verification = verifier.verify();

        assertThat(verification.intact()).as(verification.problems().toString()).isTrue();
        assertThat(verification.entries()).isEqualTo(5);
        assertThat(verification.checkpoints()).isEqualTo(1);
        assertThat(Files.readString(properties.checkpointFile())).startsWith("5 ");
    }

    @Test
    void theDatabaseRefusesEditsAndDeletes() {
        assertThatThrownBy(() ->
                        jdbc.sql("update audit_entry set actor = 'mallory'").update())
                .hasMessageContaining("the audit log is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .hasMessageContaining("the audit log is append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .hasMessageContaining("the audit log is append-only");
    }

    @Test
    void anEditedEntryIsFound() {
        asSuperuser("update audit_entry set actor = 'mallory' where seq = 3");

        assertThat(verifier.verify().problems()).contains("entry 3 was edited after it was written");
    }

    @Test
    void aDeletedEntryIsFound() {
        asSuperuser("delete from audit_entry where seq = 3");

        assertThat(verifier.verify().problems())
                .contains("entries 3 to 3 are missing")
                .anyMatch(p -> p.startsWith("entry 4 does not follow"));
    }

    @Test
    void removingTheNewestEntriesAndMovingTheHeadIsFoundByTheCheckpoint() {
        asSuperuser("delete from audit_entry where seq = 5");
        jdbc.sql("update audit_head set seq = 4, hash = (select hash from audit_entry where seq = 4)")
                .update();

        assertThat(verifier.verify().problems())
                .singleElement()
                .asString()
                .contains("records entry 5, but the log ends at entry 4: entries were removed");
    }

    @Test
    void anEntryRewrittenWithAnUnkeyedHashIsFound() {
        AuditEntry original = entry(2);
        String forged = AuditEntry.unkeyedHash(AuditEntry.canonical(
                2,
                original.occurredAt(),
                "mallory",
                original.action(),
                original.subject(),
                original.before(),
                original.after(),
                original.reason(),
                original.prevHash()));
        asSuperuser("update audit_entry set actor = 'mallory', hash = '" + forged + "' where seq = 2");

        assertThat(verifier.verify().problems())
                .contains("entry 2 was edited after it was written")
                .contains("entry 3 does not follow the entry before it (an entry before it was removed or changed)");
    }

    /** The attack the penetration test made: re-attribute one entry, delete another, recompute the chain in SQL. */
    @Test
    void aLogRechainedInSqlWithoutTheKeyIsFound() {
        rechainInSql(false);

        assertThat(unkeyedChainHolds())
                .as("the rechained log fools an unkeyed verifier")
                .isTrue();
        assertThat(verifier.verify().problems())
                .contains("entry 1 was edited after it was written", "entry 4 was edited after it was written")
                .anyMatch(p -> p.contains("the log ends at entry 4"));
    }

    @Test
    void aLogRechainedAsIfNeverKeyedIsFoundByTheCheckpoint() throws IOException {
        rechainInSql(true);

        assertThat(unkeyedChainHolds()).isTrue();
        assertThat(verifier.verify().problems())
                .singleElement()
                .asString()
                .contains("records entry 5, but the log ends at entry 4");

        Files.delete(properties.checkpointFile());
        assertThat(verifier.verify().problems()).singleElement().asString().startsWith("there are no checkpoints in");
        checkpoints.keyEarlierEntries(false);
        assertThat(jdbc.sql("select count(*) from audit_entry where keyed")
                        .query(Long.class)
                        .single())
                .as("an existing key does not bless a log that lost its keyed entries")
                .isZero();
    }

    @Test
    void aForgedCheckpointIsFound() throws IOException {
        String line = Files.readString(properties.checkpointFile()).strip();
        Files.writeString(properties.checkpointFile(), line.replaceFirst("^5 ", "6 ") + "\n");

        assertThat(verifier.verify().problems())
                .singleElement()
                .asString()
                .endsWith("is not signed with the audit key: it was forged or altered");
    }

    @Test
    void aLogWrittenBeforeTheKeyIsKeyedOnceAndCannotBeRewrittenAfter() throws IOException {
        asSuperuser("delete from audit_entry");
        Files.delete(properties.checkpointFile());
        String prev = "GENESIS";
        Instant at = Instant.parse("2026-01-05T09:30:00.123456Z");
        for (int seq = 1; seq <= 3; seq++) {
            AuditSubject subject = new AuditSubject("request", "SAR-2026-00001" + seq);
            String hash = AuditEntry.unkeyedHash(
                    AuditEntry.canonical(seq, at, "olivia", "REQUEST_RECEIVED", subject, null, "{}", null, prev));
            jdbc.sql("insert into audit_entry (seq, occurred_at, actor, action, subject_type, subject_id,"
                            + " after_state, prev_hash, hash) values (?, ?, 'olivia', 'REQUEST_RECEIVED', 'request',"
                            + " ?, '{}', ?, ?)")
                    .params(seq, Timestamp.from(at), subject.id(), prev, hash)
                    .update();
            prev = hash;
        }
        jdbc.sql("update audit_head set seq = 3, hash = ? where id = 1")
                .param(prev)
                .update();

        checkpoints.keyEarlierEntries(true);
        checkpoints.write();

        AuditEntry marker = entry(4);
        assertThat(marker.action()).isEqualTo("AUDIT_LOG_KEYED");
        assertThat(marker.keyed()).isTrue();
        assertThat(marker.after()).contains("\"earlierEntries\":3", prev);
        assertThat(verifier.verify().intact())
                .as(verifier.verify().problems().toString())
                .isTrue();

        asSuperuser("update audit_entry set actor = 'mallory', hash = '"
                + AuditEntry.unkeyedHash(AuditEntry.canonical(
                        3,
                        at,
                        "mallory",
                        "REQUEST_RECEIVED",
                        entry(3).subject(),
                        null,
                        "{}",
                        null,
                        entry(3).prevHash()))
                + "' where seq = 3");
        assertThat(verifier.verify().problems())
                .contains("entry 4 does not follow the entry before it (an entry before it was removed or changed)");
    }

    private AuditEntry entry(long seq) {
        return jdbc.sql("select * from audit_entry where seq = ?")
                .param(seq)
                .query(AuditLog::entry)
                .single();
    }

    /** Whether every entry's hash is the plain SHA-256 of its fields and the entry before: all the old check did. */
    private boolean unkeyedChainHolds() {
        List<AuditEntry> entries = jdbc.sql("select * from audit_entry order by seq")
                .query(AuditLog::entry)
                .list();
        String prev = "GENESIS";
        for (AuditEntry entry : entries) {
            if (!entry.prevHash().equals(prev) || !entry.hash().equals(AuditEntry.unkeyedHash(entry.canonical()))) {
                return false;
            }
            prev = entry.hash();
        }
        return jdbc.sql("select hash from audit_head")
                .query(String.class)
                .single()
                .equals(prev);
    }

    /**
     * In SQL alone, as a database owner without the key would: entry 2 re-attributed to mallory, entry 3 deleted,
     * the rest renumbered, every hash recomputed with SHA-256 in the application's canonical form, the head moved.
     */
    private void rechainInSql(boolean markUnkeyed) {
        jdbc.sql("""
                create or replace function tamper_field(value text) returns text language sql as
                $$ select coalesce(length(value)::text, '-1') || ':' || coalesce(value, 'null') || '|' $$""").update();
        jdbc.sql("""
                create or replace function tamper_instant(at timestamptz) returns text language sql as $$
                    select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
                        || case when micros = 0 then ''
                                when micros % 1000 = 0 then '.' || lpad((micros / 1000)::text, 3, '0')
                                else '.' || lpad(micros::text, 6, '0') end
                        || 'Z'
                    from (select (extract(microseconds from at)::bigint % 1000000) as micros) fraction $$""").update();
        jdbc.sql("""
                do $$
                declare
                    r record;
                    prev text := 'GENESIS';
                    n bigint := 0;
                    h text;
                begin
                    alter table audit_entry disable trigger user;
                    update audit_entry set actor = 'mallory' where seq = 2;
                    delete from audit_entry where seq = 3;
                    for r in select * from audit_entry order by seq loop
                        n := n + 1;
                        h := encode(sha256(convert_to(tamper_field(n::text) || tamper_field(tamper_instant(r.occurred_at))
                            || tamper_field(r.actor) || tamper_field(r.action) || tamper_field(r.subject_type)
                            || tamper_field(r.subject_id) || tamper_field(r.before_state) || tamper_field(r.after_state)
                            || tamper_field(r.reason) || tamper_field(prev), 'UTF8')), 'hex');
                        update audit_entry set seq = n, prev_hash = prev, hash = h, keyed = keyed and not %s
                            where seq = r.seq;
                        prev := h;
                    end loop;
                    update audit_head set seq = n, hash = prev where id = 1;
                    alter table audit_entry enable trigger user;
                end $$""".formatted(markUnkeyed)).update();
        assertThat(entry(2).actor()).isEqualTo("mallory");
        assertThat(jdbc.sql("select max(seq) from audit_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        assertThat(entry(1).occurredAt()).isBefore(Instant.now().plus(1, ChronoUnit.MINUTES));
    }
}
