package org.opensar.server.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.duplicates.CopyTraits;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.engine.process.DocumentProcessor.ProcessedDocument;
import org.opensar.engine.process.DocumentReport;
import org.opensar.engine.process.Redaction;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case files and their documents in PostgreSQL, including the claims background jobs take on documents: a document
 * is claimed with {@code for update skip locked} and a lease, so no two jobs on any node process it at once, and a
 * job that dies gives its document back when the lease ends.
 */
@Repository
class CaseFileRepository {

    /**
     * A case file with its progress. Documents not yet done are counted through the small partial index; the pace
     * (first and last document done) is read only while processing, so a processed case file costs no scan of its
     * documents.
     */
    private static final String SUMMARY = """
            select f.*,
                   f.documents - (select count(*) from case_document d
                                  where d.case_file_id = f.id and d.state <> 'DONE') as processed,
                   case when f.status = 'PROCESSING' then (select min(d.processed_at) from case_document d
                                                           where d.case_file_id = f.id) end as first_at,
                   case when f.status = 'PROCESSING' then (select max(d.processed_at) from case_document d
                                                           where d.case_file_id = f.id) end as last_at
            from case_file f""";

    private static final String DOCUMENT = """
            select d.id, d.ordinal, d.file, coalesce(d.title, d.metadata_title, d.file) as shown_title,
                   d.document_date, d.state, d.disposition, d.reason, d.explanation, d.engine_confidence, d.pages,
                   d.engine_disposition, d.changed_by, d.open_redactions as open, r.accepted, r.rejected
            from case_document d
            cross join lateral (select count(*) filter (where x.decision = 'ACCEPTED') as accepted,
                                       count(*) filter (where x.decision = 'REJECTED') as rejected
                                from redaction x where x.document_id = d.id) r""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseFileRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    void insert(
            UUID id,
            UUID requestId,
            String reference,
            CaseFileSource source,
            String folder,
            List<CaseDocument> documents,
            List<String> warnings,
            String attachedBy,
            Instant attachedAt) {
        jdbc.sql("""
                insert into case_file (id, request_id, reference, source, folder, status, documents, warnings,
                    attached_by, attached_at)
                values (:id, :requestId, :reference, :source, :folder, 'PROCESSING', :documents, :warnings,
                    :attachedBy, :attachedAt)""")
                .param("id", id)
                .param("requestId", requestId)
                .param("reference", reference)
                .param("source", source.name())
                .param("folder", folder)
                .param("documents", documents.size())
                .param("warnings", warnings.toArray(String[]::new))
                .param("attachedBy", attachedBy)
                .param("attachedAt", Timestamp.from(attachedAt))
                .update();
        int ordinal = 0;
        for (CaseDocument document : documents) {
            jdbc.sql("""
                    insert into case_document (case_file_id, ordinal, file, metadata_title, metadata_type,
                        document_date, metadata_author, metadata_source)
                    values (:caseFile, :ordinal, :file, :title, :type, :date, :author, :source)""")
                    .param("caseFile", id)
                    .param("ordinal", ordinal++)
                    .param("file", document.file())
                    .param("title", document.metadata().title())
                    .param("type", document.metadata().type())
                    .param("date", document.metadata().date())
                    .param("author", document.metadata().author())
                    .param("source", document.metadata().source())
                    .update();
        }
    }

    Optional<CaseFileSummary> forRequest(UUID requestId) {
        return jdbc.sql(SUMMARY + " where f.request_id = :id")
                .param("id", requestId)
                .query(CaseFileRepository::summary)
                .optional();
    }

    Optional<CaseFileSummary> find(UUID id) {
        return jdbc.sql(SUMMARY + " where f.id = :id")
                .param("id", id)
                .query(CaseFileRepository::summary)
                .optional();
    }

    /** A document's claim: which one, and how many times it has been tried (a crash mid-document counts). */
    record Claim(long id, String file, int attempts) {}

    /** Claims the next document no live job holds, for {@code lease}. */
    Optional<Claim> claimNext(UUID caseFile, String node, Duration lease) {
        return jdbc.sql("""
                update case_document set state = 'PROCESSING', claimed_by = :node,
                    lease_until = now() + make_interval(secs => :lease), attempts = attempts + 1
                where id = (select id from case_document
                            where case_file_id = :caseFile
                              and (state = 'PENDING' or (state = 'PROCESSING' and lease_until < now()))
                            order by ordinal limit 1 for update skip locked)
                returning id, file, attempts""")
                .param("node", node)
                .param("lease", (double) lease.toSeconds())
                .param("caseFile", caseFile)
                .query((rs, n) -> new Claim(rs.getLong("id"), rs.getString("file"), rs.getInt("attempts")))
                .optional();
    }

    /**
     * Stores what processing gave, with its proposed redactions, if {@code node} still holds the claim; returns
     * whether it did (a job whose lease ran out loses its work rather than storing it twice).
     */
    @Transactional
    boolean store(Claim claim, String node, ProcessedDocument processed) {
        DocumentReport report = processed.report();
        DocumentFingerprint fingerprint = processed.fingerprint();
        int updated = jdbc.sql("""
                update case_document set state = 'DONE', processed_at = now(), lease_until = null, title = :title,
                    pages = :pages, text = :text, page_starts = :pageStarts, content_hash = :contentHash,
                    shingles = :shingles, copy_traits = cast(:traits as jsonb), engine_disposition = :disposition,
                    engine_reason = :reason, engine_explanation = :explanation, engine_evidence = :evidence,
                    engine_confidence = :confidence, duplicate_of = :duplicateOf, disposition = :disposition,
                    reason = :reason, explanation = :explanation, extraction = :extraction, people = :people
                where id = :id and claimed_by = :node and state = 'PROCESSING'""")
                .param("title", report.title())
                .param("pages", report.pages())
                .param("text", processed.text().replace("\0", ""))
                .param("pageStarts", processed.pageStarts().toArray(Integer[]::new))
                .param("contentHash", fingerprint == null ? null : fingerprint.contentHash())
                .param("shingles", fingerprint == null ? null : boxed(fingerprint.shingles()))
                .param("traits", fingerprint == null ? null : json.writeValueAsString(fingerprint.traits()))
                .param("disposition", report.disposition().name())
                .param("reason", report.reason().name())
                .param("explanation", report.explanation())
                .param("evidence", report.evidence().toArray(String[]::new))
                .param("confidence", report.confidence())
                .param("duplicateOf", report.duplicateOf())
                .param(
                        "extraction",
                        processed.extraction() == null
                                ? null
                                : processed.extraction().name())
                .param("people", SightingsJson.write(processed.sightings()))
                .param("id", claim.id())
                .param("node", node)
                .update();
        if (updated == 0) {
            return false;
        }
        report.redactions().forEach(r -> propose(claim.id(), r));
        return true;
    }

    /** Stores one of the engine's proposed redactions of a document, open for a decision. */
    void propose(long document, Redaction r) {
        jdbc.sql("""
                insert into redaction (document_id, start_offset, end_offset, page, text, type, reason,
                    recognizer, score, explanation, origin, decision, part)
                values (:document, :start, :end, :page, :text, :type, :reason, :recognizer, :score,
                    :explanation, 'ENGINE', 'PROPOSED', :part)""")
                .param("document", document)
                .param("start", r.start())
                .param("end", r.end())
                .param("page", r.page())
                .param("text", r.text())
                .param("type", r.type().name())
                .param("reason", r.reason().name())
                .param("recognizer", r.recognizer())
                .param("score", r.score())
                .param("explanation", r.explanation())
                .param("part", r.part().name())
                .update();
    }

    /** The case files still being processed. */
    List<UUID> processing() {
        return jdbc.sql("select id from case_file where status = 'PROCESSING'")
                .query(UUID.class)
                .list();
    }

    int unfinished(UUID caseFile) {
        return jdbc.sql("select count(*) from case_document where case_file_id = :id and state <> 'DONE'")
                .param("id", caseFile)
                .query(Integer.class)
                .single();
    }

    /** Moves the case file from processing to processed; true for the one job that did it. */
    boolean finish(UUID caseFile) {
        return jdbc.sql("""
                        update case_file set status = 'PROCESSED', processed_at = now()
                        where id = :id and status = 'PROCESSING'""").param("id", caseFile).update() == 1;
    }

    void fail(UUID caseFile, String failure) {
        jdbc.sql("update case_file set status = 'FAILED', failure = :failure where id = :id and status = 'PROCESSING'")
                .param("failure", failure)
                .param("id", caseFile)
                .update();
    }

    /** The engine's decisions and fingerprints of every processed document, for duplicate detection. */
    List<DocumentReport> engineDecisions(UUID caseFile) {
        return jdbc.sql("""
                select file, title, engine_disposition, engine_reason, duplicate_of, engine_explanation,
                       engine_evidence, engine_confidence, pages
                from case_document where case_file_id = :id order by ordinal""")
                .param("id", caseFile)
                .query((rs, n) -> new DocumentReport(
                        rs.getString("file"),
                        rs.getString("title"),
                        Disposition.valueOf(rs.getString("engine_disposition")),
                        ReasonCode.valueOf(rs.getString("engine_reason")),
                        rs.getString("duplicate_of"),
                        rs.getString("engine_explanation"),
                        strings(rs.getArray("engine_evidence")),
                        rs.getDouble("engine_confidence"),
                        rs.getInt("pages"),
                        List.of()))
                .list();
    }

    List<DocumentFingerprint> fingerprints(UUID caseFile) {
        return jdbc.sql("""
                select file, content_hash, shingles, copy_traits from case_document
                where case_file_id = :id and content_hash is not null order by ordinal""")
                .param("id", caseFile)
                .query((rs, n) -> new DocumentFingerprint(
                        rs.getString("file"),
                        rs.getLong("content_hash"),
                        ints(rs.getArray("shingles")),
                        traits(rs.getString("copy_traits"))))
                .list();
    }

    /** A document's traits as stored; none known for one processed before they were (V19). */
    private CopyTraits traits(String stored) {
        return stored == null ? CopyTraits.NONE : json.readValue(stored, CopyTraits.class);
    }

    /** The extracted text of the case file's document {@code file}, for the duplicate stage to line it up. */
    Optional<String> text(UUID caseFile, String file) {
        return jdbc.sql("select text from case_document where case_file_id = :caseFile and file = :file")
                .param("caseFile", caseFile)
                .param("file", file)
                .query(String.class)
                .optional();
    }

    /**
     * The engine, having seen the whole case, decided this document again (a copy of another, or holding a withheld
     * document's text): its engine decision and its decision now become that.
     */
    void redecide(UUID caseFile, DocumentReport copy) {
        jdbc.sql("""
                update case_document set engine_disposition = :disposition, engine_reason = :reason,
                    engine_explanation = :explanation, engine_evidence = :evidence, engine_confidence = :confidence,
                    duplicate_of = :duplicateOf, disposition = :disposition, reason = :reason,
                    explanation = :explanation
                where case_file_id = :caseFile and file = :file""")
                .param("disposition", copy.disposition().name())
                .param("reason", copy.reason().name())
                .param("explanation", copy.explanation())
                .param("evidence", copy.evidence().toArray(String[]::new))
                .param("confidence", copy.confidence())
                .param("duplicateOf", copy.duplicateOf())
                .param("caseFile", caseFile)
                .param("file", copy.file())
                .update();
    }

    /**
     * One page of the case file's documents that pass {@code filter}, in order. The page is chosen first and only its
     * documents' redactions are counted, so a late page of a large case costs no more than the first.
     */
    List<ReviewDocument> documents(UUID caseFile, ReviewFilter filter, int offset, int limit) {
        StringBuilder page = new StringBuilder("select d.id from case_document d where d.case_file_id = :caseFile");
        Map<String, Object> params = new HashMap<>();
        params.put("caseFile", caseFile);
        params.put("offset", offset);
        params.put("limit", limit);
        if (filter.disposition() != null) {
            page.append(" and d.disposition = :disposition");
            params.put("disposition", filter.disposition().name());
        }
        if (filter.kind() != null) {
            page.append(" and d.reason = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            page.append(" and d.document_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            page.append(" and d.document_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.needsReview()) {
            page.append(" and d.needs_review");
        }
        if (filter.hasRedactions()) {
            page.append(" and exists (select 1 from redaction r where r.document_id = d.id)");
        }
        page.append(" order by d.ordinal offset :offset limit :limit");
        return jdbc.sql(DOCUMENT + " where d.id in (" + page + ") order by d.ordinal")
                .params(params)
                .query(CaseFileRepository::document)
                .list();
    }

    /** How many documents have each disposition now. */
    List<DispositionCount> countsByDisposition(UUID caseFile) {
        return jdbc.sql("""
                select disposition, count(*) as documents from case_document
                where case_file_id = :id and disposition is not null group by disposition""")
                .param("id", caseFile)
                .query((rs, n) ->
                        new DispositionCount(Disposition.valueOf(rs.getString("disposition")), rs.getInt("documents")))
                .list();
    }

    record DispositionCount(Disposition disposition, int documents) {}

    /** How many documents are withheld or removed for each reason now. */
    List<ReasonCount> withheldByReason(UUID caseFile) {
        return jdbc.sql("""
                select reason, count(*) as documents from case_document
                where case_file_id = :id and disposition in ('WITHHOLD', 'REMOVE') group by reason order by reason""")
                .param("id", caseFile)
                .query((rs, n) -> new ReasonCount(ReasonCode.valueOf(rs.getString("reason")), rs.getInt("documents")))
                .list();
    }

    record ReasonCount(ReasonCode reason, int documents) {}

    /** The documents whose disposition an officer changed from the engine's. */
    List<ReviewDocument> changedByOfficers(UUID caseFile) {
        return jdbc.sql(DOCUMENT + " where d.case_file_id = :caseFile and d.changed_by is not null order by d.ordinal")
                .param("caseFile", caseFile)
                .query(CaseFileRepository::document)
                .list();
    }

    /** Each document's disposition now, by file: what the shared-text check needs, without the review counts. */
    Map<String, Disposition> dispositions(UUID caseFile) {
        Map<String, Disposition> dispositions = new HashMap<>();
        jdbc.sql("""
                select file, disposition from case_document
                where case_file_id = :caseFile and disposition is not null""").param("caseFile", caseFile).query((RowCallbackHandler)
                rs -> dispositions.put(rs.getString("file"), Disposition.valueOf(rs.getString("disposition"))));
        return dispositions;
    }

    /** Every document of the case file with its decision now, in order, for the bundle. */
    List<ReviewDocument> all(UUID caseFile) {
        return jdbc.sql(DOCUMENT + " where d.case_file_id = :caseFile order by d.ordinal")
                .param("caseFile", caseFile)
                .query(CaseFileRepository::document)
                .list();
    }

    ReviewProgress progress(UUID caseFile) {
        return jdbc.sql("""
                select count(*) as documents,
                       count(*) filter (where disposition = 'REVIEW') as in_review,
                       count(*) filter (where not needs_review) as settled,
                       coalesce(sum(open_redactions) filter (where disposition = 'DISCLOSE'), 0) as open
                from case_document where case_file_id = :id""")
                .param("id", caseFile)
                .query((rs, n) -> new ReviewProgress(
                        rs.getInt("documents"), rs.getInt("settled"), rs.getInt("in_review"), rs.getInt("open")))
                .single();
    }

    Optional<ReviewDocument> document(UUID caseFile, long id) {
        return jdbc.sql(DOCUMENT + " where d.case_file_id = :caseFile and d.id = :id")
                .param("caseFile", caseFile)
                .param("id", id)
                .query(CaseFileRepository::document)
                .optional();
    }

    /** The case file's document {@code file}, by the name the engine's decisions give it ("copy of ..."). */
    Optional<ReviewDocument> document(UUID caseFile, String file) {
        return jdbc.sql(DOCUMENT + " where d.case_file_id = :caseFile and d.file = :file")
                .param("caseFile", caseFile)
                .param("file", file)
                .query(CaseFileRepository::document)
                .optional();
    }

    /** What the workbench shows of one document besides its list entry. */
    /**
     * A document's text and what the bundle prints about it besides ({@code title}, and the records system's
     * {@code author} and {@code source}), the engine's reasons, and the officer's change of decision if any.
     */
    record DocumentContent(
            String text,
            String title,
            String author,
            String source,
            List<Integer> pageStarts,
            List<String> evidence,
            ReasonCode engineReason,
            String engineExplanation,
            String duplicateOf,
            String changedBy,
            Instant changedAt,
            String changeReason,
            String professionalOpinion) {}

    DocumentContent content(long id) {
        return jdbc.sql("""
                select text, title, metadata_author, metadata_source, page_starts, engine_evidence, engine_reason,
                       engine_explanation, duplicate_of, changed_by, changed_at, change_reason, professional_opinion
                from case_document where id = :id""")
                .param("id", id)
                .query((rs, n) -> new DocumentContent(
                        rs.getString("text") == null ? "" : rs.getString("text"),
                        rs.getString("title"),
                        rs.getString("metadata_author"),
                        rs.getString("metadata_source"),
                        Arrays.stream(ints(rs.getArray("page_starts"))).boxed().toList(),
                        strings(rs.getArray("engine_evidence")),
                        rs.getString("engine_reason") == null
                                ? null
                                : ReasonCode.valueOf(rs.getString("engine_reason")),
                        rs.getString("engine_explanation"),
                        rs.getString("duplicate_of"),
                        rs.getString("changed_by"),
                        instant(rs.getTimestamp("changed_at")),
                        rs.getString("change_reason"),
                        rs.getString("professional_opinion")))
                .single();
    }

    /** The document that comes after {@code ordinal} and still needs a decision, if any. */
    Optional<Long> nextNeedingReview(UUID caseFile, int ordinal) {
        return jdbc.sql("""
                select d.id from case_document d where d.case_file_id = :caseFile and d.ordinal > :ordinal
                  and d.needs_review
                order by d.ordinal limit 1""")
                .param("caseFile", caseFile)
                .param("ordinal", ordinal)
                .query(Long.class)
                .optional();
    }

    void changeDisposition(
            long id, ReasonCode reason, String explanation, String by, Instant at, String why, String opinion) {
        jdbc.sql("""
                update case_document set disposition = :disposition, reason = :reason, explanation = :explanation,
                    changed_by = :by, changed_at = :at, change_reason = :why, professional_opinion = :opinion
                where id = :id""")
                .param("disposition", reason.disposition().name())
                .param("reason", reason.name())
                .param("explanation", explanation)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("why", why)
                .param("opinion", opinion)
                .param("id", id)
                .update();
    }

    private static ReviewDocument document(ResultSet rs, int row) throws SQLException {
        String disposition = rs.getString("disposition");
        String engine = rs.getString("engine_disposition");
        return new ReviewDocument(
                rs.getLong("id"),
                rs.getInt("ordinal"),
                rs.getString("file"),
                rs.getString("shown_title"),
                rs.getObject("document_date", LocalDate.class),
                "DONE".equals(rs.getString("state")),
                disposition == null ? null : Disposition.valueOf(disposition),
                rs.getString("reason") == null ? null : ReasonCode.valueOf(rs.getString("reason")),
                rs.getString("explanation"),
                rs.getDouble("engine_confidence"),
                rs.getInt("pages"),
                rs.getInt("open"),
                rs.getInt("accepted"),
                rs.getInt("rejected"),
                engine == null ? null : Disposition.valueOf(engine),
                rs.getString("changed_by"));
    }

    private static CaseFileSummary summary(ResultSet rs, int row) throws SQLException {
        return new CaseFileSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getString("reference"),
                CaseFileSource.valueOf(rs.getString("source")),
                rs.getString("folder"),
                CaseFileStatus.valueOf(rs.getString("status")),
                rs.getInt("documents"),
                rs.getInt("processed"),
                strings(rs.getArray("warnings")),
                rs.getString("attached_by"),
                instant(rs.getTimestamp("attached_at")),
                instant(rs.getTimestamp("processed_at")),
                rs.getString("failure"),
                instant(rs.getTimestamp("first_at")),
                instant(rs.getTimestamp("last_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static int[] ints(Array array) throws SQLException {
        if (array == null) {
            return new int[0];
        }
        Integer[] values = (Integer[]) array.getArray();
        return Arrays.stream(values).mapToInt(Integer::intValue).toArray();
    }

    private static Integer[] boxed(int[] values) {
        return Arrays.stream(values).boxed().toArray(Integer[]::new);
    }
}
