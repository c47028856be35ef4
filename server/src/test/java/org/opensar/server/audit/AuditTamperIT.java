package org.opensar.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Tampering with the audit log, as someone with direct database access would: the database refuses edits, and
 * where a superuser switches that guard off, verification names every entry that was changed or removed.
 * Runs in a database of its own, since it breaks the chain on purpose.
 */
@SpringBootTest(properties = "opensar.db.home=target/it-data/audit-tamper-${random.uuid}")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditTamperIT {

    @Autowired
    private AuditLog log;

    @Autowired
    private AuditVerifier verifier;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void fiveEntries() {
        for (int i = 1; i <= 5; i++) {
            log.append(
                    "olivia",
                    "REQUEST_START_WORK",
                    new AuditSubject("request", "SAR-2026-00000" + i),
                    "{\"status\":\"RECEIVED\"}",
                    "{\"status\":\"IN_PROGRESS\"}",
                    null);
        }
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
    void anUntouchedLogVerifies() {
        AuditVerifier.Verification verification = verifier.verify();

        assertThat(verification.intact()).as(verification.problems().toString()).isTrue();
        assertThat(verification.entries()).isGreaterThanOrEqualTo(5);
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
        long target = lastSeq() - 2;
        asSuperuser("update audit_entry set actor = 'mallory' where seq = " + target);

        assertThat(verifier.verify().problems()).contains("entry " + target + " was edited after it was written");
    }

    @Test
    void aDeletedEntryIsFound() {
        long target = lastSeq() - 2;
        asSuperuser("delete from audit_entry where seq = " + target);

        assertThat(verifier.verify().problems())
                .contains("entries " + target + " to " + target + " are missing")
                .anyMatch(p -> p.startsWith("entry " + (target + 1) + " does not follow"));
    }

    @Test
    void removingTheNewestEntriesIsFound() {
        long last = lastSeq();
        asSuperuser("delete from audit_entry where seq = " + last);

        assertThat(verifier.verify().problems()).anyMatch(p -> p.contains("entries at the end were removed"));
    }

    @Test
    void anEntryRewrittenWithAFreshHashStillBreaksTheChain() {
        long target = lastSeq() - 3;
        AuditEntry original = jdbc.sql("select * from audit_entry where seq = ?")
                .param(target)
                .query(AuditLog::entry)
                .single();
        String forged = AuditEntry.hashOf(
                original.seq(),
                original.occurredAt(),
                "mallory",
                original.action(),
                original.subject(),
                original.before(),
                original.after(),
                original.reason(),
                original.prevHash());
        asSuperuser("update audit_entry set actor = 'mallory', hash = '" + forged + "' where seq = " + target);

        assertThat(verifier.verify().problems())
                .contains("entry " + (target + 1) + " does not follow the entry before it (an entry before it was"
                        + " removed or changed)");
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
    }
}
