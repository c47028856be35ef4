package org.opensar.engine.casefile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the optional {@code documents.json}; a broken one is a warning, never a failure of the case. */
final class DocumentsJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record Entry(String file, String title, String type, String date, String author, String source) {}

    private DocumentsJson() {}

    static Map<String, DocumentMetadata> read(Path documentsJson, List<String> warnings) {
        Map<String, DocumentMetadata> byFile = new HashMap<>();
        if (!Files.isRegularFile(documentsJson)) {
            return byFile;
        }
        List<Entry> entries;
        try {
            entries = JSON.readValue(documentsJson.toFile(), new TypeReference<List<Entry>>() {});
        } catch (JacksonException e) {
            warnings.add("documents.json ignored: it " + JsonProblem.describe(e));
            return byFile;
        }
        for (Entry entry : entries) {
            if (entry == null || entry.file() == null) {
                continue;
            }
            byFile.put(
                    entry.file().replace('\\', '/'),
                    new DocumentMetadata(
                            entry.title(), entry.type(), date(entry, warnings), entry.author(), entry.source()));
        }
        return byFile;
    }

    private static LocalDate date(Entry entry, List<String> warnings) {
        if (entry.date() == null || entry.date().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(entry.date().strip());
        } catch (java.time.format.DateTimeParseException e) {
            warnings.add("documents.json: the date of " + entry.file() + " is not a date like 2019-03-04, so it"
                    + " was ignored");
            return null;
        }
    }
}
