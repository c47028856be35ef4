package org.opensar.engine.tools.generate;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Streams {@code documents.json}: what the record system says about each file, helpful or not. */
final class DocumentIndexWriter implements AutoCloseable {

    private final JsonGenerator json;

    DocumentIndexWriter(JsonMapper mapper, OutputStream out) {
        json = mapper.createGenerator(out);
        json.writeStartArray();
    }

    void write(GeneratedDocument document) {
        GeneratedDocument.Metadata metadata = document.metadata();
        json.writeStartObject();
        json.writeStringProperty("file", document.file());
        json.writeStringProperty("title", metadata.title());
        json.writeStringProperty("type", metadata.type());
        json.writeStringProperty("date", document.date().toString());
        json.writeStringProperty("author", metadata.author());
        json.writeStringProperty("source", metadata.source());
        json.writeEndObject();
    }

    @Override
    public void close() {
        json.writeEndArray();
        json.close();
    }
}
