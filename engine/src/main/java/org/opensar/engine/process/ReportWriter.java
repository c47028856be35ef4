package org.opensar.engine.process;

import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes report.json. */
public final class ReportWriter {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportWriter() {}

    public static void write(CaseReport report, Path file) {
        JSON.writeValue(file.toFile(), report);
    }
}
