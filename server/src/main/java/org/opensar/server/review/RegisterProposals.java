package org.opensar.server.review;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.process.Redaction;
import org.opensar.engine.process.RedactionStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposes a case file's redactions again from its documents' stored text with a changed people register, without
 * reprocessing a document: the engine's still-open proposals are replaced; every redaction an officer decided or
 * added stays as it is, and a new proposal on the same words is not made twice.
 */
@Component
class RegisterProposals {

    private final JdbcClient jdbc;
    private final CaseFileRepository caseFiles;
    private final RedactionStage stage;

    RegisterProposals(JdbcClient jdbc, CaseFileRepository caseFiles, RedactionStage stage) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.stage = stage;
    }

    /** How many proposals the case file had open before and has now. */
    record Rerun(int before, int after) {}

    private record StoredText(
            long id, String text, List<Integer> pageStarts, String title, String author, String source) {}

    private record Span(int start, int end, String type, String part) {}

    Rerun rerun(UUID caseFile, CaseDescription described) {
        List<Long> documents = jdbc.sql(
                        "select id from case_document where case_file_id = :id and text is not null order by ordinal")
                .param("id", caseFile)
                .query(Long.class)
                .list();
        int before = 0;
        int after = 0;
        for (long document : documents) {
            StoredText stored = jdbc.sql("""
                            select id, text, page_starts, title, metadata_author, metadata_source
                            from case_document where id = :id""")
                    .param("id", document)
                    .query((rs, n) -> new StoredText(
                            rs.getLong(1),
                            rs.getString(2),
                            ints(rs.getArray(3)),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)))
                    .single();
            Set<Span> decided = new HashSet<>(jdbc.sql("""
                            select start_offset, end_offset, type, part from redaction
                            where document_id = :id and (decision <> 'PROPOSED' or origin <> 'ENGINE')""")
                    .param("id", document)
                    .query((rs, n) -> new Span(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                    .list());
            before += jdbc.sql("delete from redaction where document_id = :id and origin = 'ENGINE'"
                            + " and decision = 'PROPOSED'")
                    .param("id", document)
                    .update();
            List<Redaction> proposed = new ArrayList<>(stage.propose(described, stored.text(), stored.pageStarts()));
            proposed.addAll(stage.proposeIn(described, DocumentPart.TITLE, stored.title()));
            proposed.addAll(stage.proposeIn(described, DocumentPart.AUTHOR, stored.author()));
            proposed.addAll(stage.proposeIn(described, DocumentPart.SOURCE, stored.source()));
            for (Redaction r : proposed) {
                if (decided.contains(
                        new Span(r.start(), r.end(), r.type().name(), r.part().name()))) {
                    continue;
                }
                caseFiles.propose(document, r);
                after++;
            }
        }
        return new Rerun(before, after);
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return Arrays.stream(CaseFileRepository.ints(array)).boxed().toList();
    }
}
