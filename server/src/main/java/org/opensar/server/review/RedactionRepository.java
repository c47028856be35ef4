package org.opensar.server.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonMentions;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.detect.RedactionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Redactions (the engine's proposals and officers' own) with their decisions, and review notes, in PostgreSQL. */
@Repository
class RedactionRepository {

    private static final String SELECT = "select r.* from redaction r";

    private final JdbcClient jdbc;

    RedactionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RedactionView> forDocument(long documentId) {
        return jdbc.sql(SELECT + " where r.document_id = :id order by r.start_offset, r.id")
                .param("id", documentId)
                .query(RedactionRepository::redaction)
                .list();
    }

    /** A redaction of the case file, or nothing when the id belongs to another case. */
    Optional<RedactionView> find(UUID caseFile, long id) {
        return jdbc.sql(SELECT + " join case_document d on d.id = r.document_id"
                        + " where d.case_file_id = :caseFile and r.id = :id")
                .param("caseFile", caseFile)
                .param("id", id)
                .query(RedactionRepository::redaction)
                .optional();
    }

    void decide(long id, RedactionStatus decision, String by, Instant at) {
        jdbc.sql("update redaction set decision = :decision, decided_by = :by, decided_at = :at where id = :id")
                .param("decision", decision.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /**
     * Decides every still-open redaction of the case file whose text is {@code text} (case aside) and whose type is
     * {@code type}: "every mention of this name". Returns how many were decided.
     */
    int decideEveryMention(
            UUID caseFile, String text, PersonalDataType type, RedactionStatus decision, String by, Instant at) {
        return jdbc.sql("""
                update redaction r set decision = :decision, decided_by = :by, decided_at = :at
                from case_document d
                where d.id = r.document_id and d.case_file_id = :caseFile and lower(r.text) = lower(:text)
                  and r.type = :type and r.decision = 'PROPOSED'""")
                .param("decision", decision.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("caseFile", caseFile)
                .param("text", text)
                .param("type", type.name())
                .update();
    }

    /**
     * Decides every open name redaction in the case file whose text, folded as {@link PersonMentions#fold} folds it,
     * is one of {@code names}.
     */
    int decideEveryMentionOf(UUID caseFile, Set<String> names, RedactionStatus decision, String by, Instant at) {
        record Open(long id, String text) {}
        List<Long> ids = jdbc
                .sql("""
                select r.id, r.text from redaction r join case_document d on d.id = r.document_id
                where d.case_file_id = :caseFile and r.type = 'PERSON' and r.decision = 'PROPOSED'""")
                .param("caseFile", caseFile)
                .query((rs, n) -> new Open(rs.getLong("id"), rs.getString("text")))
                .list()
                .stream()
                .filter(r -> names.contains(PersonMentions.fold(r.text())))
                .map(Open::id)
                .toList();
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update redaction set decision = :decision, decided_by = :by, decided_at = :at
                where id = any(:ids) and decision = 'PROPOSED'""")
                .param("decision", decision.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("ids", ids.toArray(Long[]::new))
                .update();
    }

    long insertOfficers(
            long documentId,
            int start,
            int end,
            int page,
            String text,
            PersonalDataType type,
            RedactionReason reason,
            String explanation,
            String by,
            Instant at) {
        return jdbc.sql("""
                insert into redaction (document_id, start_offset, end_offset, page, text, type, reason, recognizer,
                    score, explanation, origin, decision, decided_by, decided_at)
                values (:document, :start, :end, :page, :text, :type, :reason, 'officer', 1.0, :explanation,
                    'OFFICER', 'ACCEPTED', :by, :at)
                returning id""")
                .param("document", documentId)
                .param("start", start)
                .param("end", end)
                .param("page", page)
                .param("text", text)
                .param("type", type.name())
                .param("reason", reason.name())
                .param("explanation", explanation)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /**
     * Every accepted redaction of the case file, in every part of every document whatever its disposition: a name
     * redacted in a withheld report is a third party's wherever the bundle would print it.
     */
    List<RedactionView> accepted(UUID caseFile) {
        return jdbc.sql(SELECT + " join case_document d on d.id = r.document_id"
                        + " where d.case_file_id = :caseFile"
                        + " and r.decision = 'ACCEPTED' order by r.document_id, r.start_offset")
                .param("caseFile", caseFile)
                .query(RedactionRepository::redaction)
                .list();
    }

    /** What officers changed of the engine's proposals, and what they added, for the second-person check. */
    List<RedactionView> officerChanges(UUID caseFile) {
        return jdbc.sql(SELECT + " join case_document d on d.id = r.document_id"
                        + " where d.case_file_id = :caseFile and (r.decision = 'REJECTED' or r.origin = 'OFFICER')"
                        + " order by d.ordinal, r.start_offset")
                .param("caseFile", caseFile)
                .query(RedactionRepository::redaction)
                .list();
    }

    void addNote(UUID caseFile, Long documentId, String author, Instant at, String text) {
        jdbc.sql("""
                insert into review_note (case_file_id, document_id, author, written_at, text)
                values (:caseFile, :document, :author, :at, :text)""")
                .param("caseFile", caseFile)
                .param("document", documentId)
                .param("author", author)
                .param("at", Timestamp.from(at))
                .param("text", text)
                .update();
    }

    List<ReviewNote> notes(UUID caseFile, Long documentId) {
        String where = documentId == null ? "document_id is null" : "document_id = :document";
        var statement = jdbc.sql("select * from review_note where case_file_id = :caseFile and " + where
                        + " order by written_at, id")
                .param("caseFile", caseFile);
        if (documentId != null) {
            statement = statement.param("document", documentId);
        }
        return statement
                .query((rs, n) -> new ReviewNote(
                        rs.getLong("id"),
                        rs.getObject("document_id", Long.class),
                        rs.getString("author"),
                        rs.getTimestamp("written_at").toInstant(),
                        rs.getString("text")))
                .list();
    }

    private static RedactionView redaction(ResultSet rs, int row) throws SQLException {
        return new RedactionView(
                rs.getLong("id"),
                rs.getLong("document_id"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getInt("page"),
                rs.getString("text"),
                PersonalDataType.valueOf(rs.getString("type")),
                RedactionReason.valueOf(rs.getString("reason")),
                rs.getString("recognizer"),
                rs.getDouble("score"),
                rs.getString("explanation"),
                RedactionOrigin.valueOf(rs.getString("origin")),
                RedactionStatus.valueOf(rs.getString("decision")),
                rs.getString("decided_by"),
                CaseFileRepository.instant(rs.getTimestamp("decided_at")),
                DocumentPart.valueOf(rs.getString("part")));
    }
}
