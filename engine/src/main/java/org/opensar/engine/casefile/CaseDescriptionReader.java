package org.opensar.engine.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code case.json} (format: docs/case-file-format.md). Only {@code subject.name} is required. */
public final class CaseDescriptionReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CaseDescriptionReader() {}

    public static CaseDescription read(Path caseJson) {
        try (InputStream in = Files.newInputStream(caseJson)) {
            return read(in, caseJson.toString());
        } catch (IOException e) {
            throw new CaseFileException("cannot read " + caseJson + ": " + e.getMessage(), e);
        }
    }

    public static CaseDescription read(InputStream in, String origin) {
        try {
            return JSON.readValue(in, CaseDescription.class);
        } catch (JacksonException e) {
            throw new CaseFileException(origin + " is not a valid case description: it " + JsonProblem.describe(e), e);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new CaseFileException(origin + " is not a valid case description: " + e.getMessage(), e);
        }
    }
}
