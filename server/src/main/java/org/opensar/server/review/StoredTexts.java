package org.opensar.server.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each document's text as processing stored it, with its page starts and how it was had. */
@Repository
class StoredTexts {

    private final JdbcClient jdbc;

    StoredTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document's stored text; {@code outcome} is null when it was not kept (see V10). */
    record StoredText(String file, String text, List<Integer> pageStarts, ExtractionOutcome outcome) {

        /**
         * The text as extraction gave it, page by page, or empty when it must be read from the file again: no
         * outcome kept, or page starts that do not cut the text where extraction joined its pages.
         */
        Optional<ExtractedDocument> extracted() {
            if (outcome == null) {
                return Optional.empty();
            }
            if (!outcome.usable()) {
                return Optional.of(
                        ExtractedDocument.failed(file, outcome, "as found when the case file was processed"));
            }
            List<String> pages = new ArrayList<>(pageStarts.size());
            int separator = ExtractedDocument.PAGE_SEPARATOR.length();
            for (int i = 0; i < pageStarts.size(); i++) {
                int start = pageStarts.get(i);
                int end = i + 1 < pageStarts.size() ? pageStarts.get(i + 1) - separator : text.length();
                if (start < 0 || end < start || end > text.length() || (i > 0 && !separatedAt(start - separator))) {
                    return Optional.empty();
                }
                pages.add(text.substring(start, end));
            }
            return pages.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new ExtractedDocument(file, pages, Map.of(), outcome, ""));
        }

        private boolean separatedAt(int at) {
            return at >= 0 && text.startsWith(ExtractedDocument.PAGE_SEPARATOR, at);
        }
    }

    Optional<StoredText> of(UUID caseFile, String file) {
        return jdbc.sql("""
                select file, text, page_starts, extraction from case_document
                where case_file_id = :caseFile and file = :file and state = 'DONE'""")
                .param("caseFile", caseFile)
                .param("file", file)
                .query((rs, n) -> new StoredText(
                        rs.getString("file"),
                        rs.getString("text") == null ? "" : rs.getString("text"),
                        Arrays.stream(CaseFileRepository.ints(rs.getArray("page_starts")))
                                .boxed()
                                .toList(),
                        rs.getString("extraction") == null
                                ? null
                                : ExtractionOutcome.valueOf(rs.getString("extraction"))))
                .optional();
    }
}
