package org.opensar.server.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain and reports every entry that was edited, removed, put out of order or rewritten without
 * the audit key, and every signed checkpoint kept outside the database that the log no longer agrees with.
 */
@Service
public class AuditVerifier {

    private static final String GENESIS = "GENESIS";

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditProperties properties;

    AuditVerifier(JdbcClient jdbc, AuditKey key, AuditProperties properties) {
        this.jdbc = jdbc;
        this.key = key;
        this.properties = properties;
    }

    /** The outcome: entries and checkpoints checked, and what is wrong, in chain order. */
    public record Verification(long entries, int checkpoints, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** Against the checkpoints in {@code OPENSAR_HOME/audit-checkpoints}. */
    @Transactional(readOnly = true)
    public Verification verify() {
        return verify(properties.checkpointFile());
    }

    /** Against the checkpoints in a file: the server's own, or a copy kept elsewhere (taken from the log, say). */
    @Transactional(readOnly = true)
    public Verification verify(Path checkpointFile) {
        List<Checkpoint> checkpoints = AuditCheckpoints.read(checkpointFile);
        Set<Long> checkpointed = checkpoints.stream().map(Checkpoint::seq).collect(Collectors.toSet());
        Map<Long, String> hashes = new HashMap<>(Map.of(0L, GENESIS));
        Chain chain = new Chain();
        jdbc.sql("select * from audit_entry order by seq").query(rs -> {
            AuditEntry entry = AuditLog.entry(rs, 0);
            chain.check(entry, key.hash(entry));
            if (checkpointed.contains(entry.seq())) {
                hashes.put(entry.seq(), entry.hash());
            }
        });
        List<String> problems = new ArrayList<>(chain.problems);
        problems.addAll(headProblems(chain));
        problems.addAll(checkpointProblems(checkpoints, hashes, chain, checkpointFile));
        return new Verification(chain.count, checkpoints.size(), List.copyOf(problems));
    }

    private List<String> headProblems(Chain chain) {
        return jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, n) -> rs.getLong("seq") != chain.expectedSeq - 1
                                || !rs.getString("hash").equals(chain.expectedPrev)
                        ? List.of("the log ends at entry " + (chain.expectedSeq - 1) + " but its head records entry "
                                + rs.getLong("seq") + ": entries at the end were removed")
                        : List.<String>of())
                .optional()
                .orElse(List.of("the audit head row is missing"));
    }

    private List<String> checkpointProblems(
            List<Checkpoint> checkpoints, Map<Long, String> hashes, Chain chain, Path file) {
        List<String> problems = new ArrayList<>();
        if (checkpoints.isEmpty() && chain.count > 0) {
            problems.add("there are no checkpoints in " + file + ": nothing outside the database vouches for the"
                    + " log's end");
        }
        for (Checkpoint checkpoint : checkpoints) {
            if (!key.sign(checkpoint.signed()).equals(checkpoint.signature())) {
                problems.add("the checkpoint of " + checkpoint.writtenAt() + " (entry " + checkpoint.seq()
                        + ") is not signed with the audit key: it was forged or altered");
            } else if (checkpoint.seq() > chain.expectedSeq - 1) {
                problems.add("the checkpoint of " + checkpoint.writtenAt() + " records entry " + checkpoint.seq()
                        + ", but the log ends at entry " + (chain.expectedSeq - 1) + ": entries were removed");
            } else if (!checkpoint.hash().equals(hashes.get(checkpoint.seq()))) {
                problems.add("entry " + checkpoint.seq() + " is not the entry the checkpoint of "
                        + checkpoint.writtenAt() + " recorded: the log was rewritten");
            }
        }
        return problems;
    }

    /** The chain as walked so far. */
    private static final class Chain {
        private final List<String> problems = new ArrayList<>();
        private long expectedSeq = 1;
        private String expectedPrev = GENESIS;
        private boolean keyedSeen;
        private long count;

        void check(AuditEntry entry, String expectedHash) {
            count++;
            if (entry.seq() != expectedSeq) {
                problems.add("entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing");
            }
            if (!entry.prevHash().equals(expectedPrev)) {
                problems.add("entry " + entry.seq() + " does not follow the entry before it (an entry before it was"
                        + " removed or changed)");
            }
            if (keyedSeen && !entry.keyed()) {
                problems.add("entry " + entry.seq() + " is not keyed though an entry before it is: it was rewritten"
                        + " without the audit key");
            } else if (!entry.hash().equals(expectedHash)) {
                problems.add("entry " + entry.seq() + " was edited after it was written");
            }
            keyedSeen |= entry.keyed();
            expectedSeq = entry.seq() + 1;
            expectedPrev = entry.hash();
        }
    }
}
