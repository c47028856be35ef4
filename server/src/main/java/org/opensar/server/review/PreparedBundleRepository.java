package org.opensar.server.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bundles prepared for release, in PostgreSQL. Each change of state names the preparation it is for, so a job that
 * was overtaken by a newer preparation of the same case file changes nothing.
 */
@Repository
class PreparedBundleRepository {

    /**
     * The fingerprint of everything an officer or manager decided that the bundle shows: each document's decision,
     * title and who changed it, each redaction's decision and place, and the last second-person check.
     */
    private static final String DECISIONS = """
            select md5(coalesce((select string_agg((d.id, d.disposition, d.reason, d.explanation, d.title,
                                                    d.changed_by, d.changed_at, d.change_reason)::text,
                                                   '|' order by d.id)
                                 from case_document d where d.case_file_id = :id), '')
                       || '#' || coalesce((select string_agg((r.id, r.decision, r.decided_by, r.decided_at,
                                                              r.start_offset, r.end_offset, r.type, r.reason)::text,
                                                             '|' order by r.id)
                                           from redaction r join case_document d on d.id = r.document_id
                                           where d.case_file_id = :id), '')
                       || '#' || coalesce((select max(q.id)::text from quality_check q
                                           where q.case_file_id = :id), ''))""";

    private final JdbcClient jdbc;

    PreparedBundleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String decisions(UUID caseFile) {
        return jdbc.sql(DECISIONS).param("id", caseFile).query(String.class).single();
    }

    int documentsToDisclose(UUID caseFile) {
        return jdbc.sql("select count(*) from case_document where case_file_id = :id and disposition = 'DISCLOSE'")
                .param("id", caseFile)
                .query(Integer.class)
                .single();
    }

    Optional<PreparedBundle> forCaseFile(UUID caseFile) {
        return jdbc.sql("select * from prepared_bundle where case_file_id = :id")
                .param("id", caseFile)
                .query(PreparedBundleRepository::prepared)
                .optional();
    }

    Optional<PreparedBundle> find(UUID id) {
        return jdbc.sql("select * from prepared_bundle where id = :id")
                .param("id", id)
                .query(PreparedBundleRepository::prepared)
                .optional();
    }

    /** The case file's preparation becomes {@code prepared}, whatever was there before. */
    void replace(PreparedBundle prepared) {
        jdbc.sql("""
                insert into prepared_bundle (case_file_id, id, decisions, issued, state, documents, requested_by,
                    requested_at)
                values (:caseFile, :id, :decisions, :issued, :state, :documents, :by, :at)
                on conflict (case_file_id) do update set id = excluded.id, decisions = excluded.decisions,
                    issued = excluded.issued, state = excluded.state, documents = excluded.documents, rendered = 0,
                    pages = null, redactions = null, findings = '{}', requested_by = excluded.requested_by,
                    requested_at = excluded.requested_at, started_at = null, verifying_at = null, finished_at = null""")
                .param("caseFile", prepared.caseFileId())
                .param("id", prepared.id())
                .param("decisions", prepared.decisions())
                .param("issued", prepared.issued())
                .param("state", prepared.state().name())
                .param("documents", prepared.documents())
                .param("by", prepared.requestedBy())
                .param("at", Timestamp.from(prepared.requestedAt()))
                .update();
    }

    /** A job starts (or, after a node died, starts again) on the preparation; false if it is not to be worked on. */
    boolean start(UUID id) {
        return jdbc.sql("""
                        update prepared_bundle set state = 'RENDERING', rendered = 0, started_at = now(),
                            verifying_at = null
                        where id = :id and state in ('QUEUED', 'RENDERING', 'VERIFYING')""").param("id", id).update() == 1;
    }

    void rendered(UUID id, int done, int total) {
        jdbc.sql("""
                update prepared_bundle set rendered = :done, documents = :total
                where id = :id and state = 'RENDERING'""").param("done", done).param("total", total).param("id", id).update();
    }

    void verifying(UUID id) {
        jdbc.sql("""
                update prepared_bundle set state = 'VERIFYING', verifying_at = now()
                where id = :id and state = 'RENDERING'""").param("id", id).update();
    }

    /** The job's result, if the preparation is still the one it worked on; false when it was overtaken. */
    boolean finish(UUID id, PreparationState state, Integer pages, Integer redactions, List<String> findings) {
        return jdbc.sql("""
                        update prepared_bundle set state = :state, pages = :pages, redactions = :redactions,
                            findings = :findings, finished_at = now()
                        where id = :id and state in ('RENDERING', 'VERIFYING')""")
                        .param("state", state.name())
                        .param("pages", pages)
                        .param("redactions", redactions)
                        .param("findings", findings.toArray(String[]::new))
                        .param("id", id)
                        .update()
                == 1;
    }

    void released(UUID id) {
        jdbc.sql("update prepared_bundle set state = 'RELEASED' where id = :id")
                .param("id", id)
                .update();
    }

    /** Preparations a job should be working on. */
    List<UUID> unfinished() {
        return jdbc.sql("select id from prepared_bundle where state in ('QUEUED', 'RENDERING', 'VERIFYING')")
                .query(UUID.class)
                .list();
    }

    private static PreparedBundle prepared(ResultSet rs, int row) throws SQLException {
        return new PreparedBundle(
                rs.getObject("case_file_id", UUID.class),
                rs.getObject("id", UUID.class),
                rs.getString("decisions"),
                rs.getObject("issued", LocalDate.class),
                PreparationState.valueOf(rs.getString("state")),
                rs.getInt("documents"),
                rs.getInt("rendered"),
                rs.getObject("pages", Integer.class),
                rs.getObject("redactions", Integer.class),
                CaseFileRepository.strings(rs.getArray("findings")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                CaseFileRepository.instant(rs.getTimestamp("started_at")),
                CaseFileRepository.instant(rs.getTimestamp("verifying_at")),
                CaseFileRepository.instant(rs.getTimestamp("finished_at")));
    }
}
