package org.opensar.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks the whole chain and reports every entry that was edited, removed or put out of order. */
@Service
public class AuditVerifier {

    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome: how many entries were checked and what is wrong, in chain order. */
    public record Verification(long entries, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        List<String> problems = new ArrayList<>();
        AtomicLong expectedSeq = new AtomicLong(1);
        AtomicReference<String> expectedPrev = new AtomicReference<>("GENESIS");
        AtomicLong count = new AtomicLong();
        jdbc.sql("select * from audit_entry order by seq").query(rs -> {
            AuditEntry entry = AuditLog.entry(rs, 0);
            count.incrementAndGet();
            if (entry.seq() != expectedSeq.get()) {
                problems.add("entries " + expectedSeq.get() + " to " + (entry.seq() - 1) + " are missing");
            }
            if (!entry.prevHash().equals(expectedPrev.get())) {
                problems.add("entry " + entry.seq() + " does not follow the entry before it (an entry before it was"
                        + " removed or changed)");
            }
            if (!entry.hashMatches()) {
                problems.add("entry " + entry.seq() + " was edited after it was written");
            }
            expectedSeq.set(entry.seq() + 1);
            expectedPrev.set(entry.hash());
        });
        jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, n) -> {
                    long headSeq = rs.getLong("seq");
                    if (headSeq != expectedSeq.get() - 1
                            || !rs.getString("hash").equals(expectedPrev.get())) {
                        problems.add("the log ends at entry " + (expectedSeq.get() - 1) + " but its head records entry "
                                + headSeq + ": entries at the end were removed");
                    }
                    return headSeq;
                })
                .optional()
                .orElseGet(() -> {
                    problems.add("the audit head row is missing");
                    return 0L;
                });
        return new Verification(count.get(), List.copyOf(problems));
    }
}
