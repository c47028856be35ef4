package org.opensar.engine.tools.generate;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams {@code answer-key.json} one document at a time, so memory stays flat however large the case
 * (format: docs/generator.md).
 */
final class AnswerKeyWriter implements AutoCloseable {

    private final JsonGenerator json;

    AnswerKeyWriter(JsonMapper mapper, OutputStream out, long seed, Cast cast) {
        json = mapper.createGenerator(out);
        json.writeStartObject();
        json.writeNumberProperty("seed", seed);
        json.writeStringProperty("reference", cast.reference());
        json.writeStringProperty("subject", cast.subject().fullName());
        json.writeArrayPropertyStart("documents");
    }

    void write(GeneratedDocument document) {
        String text = document.text().text();
        json.writeStartObject();
        json.writeStringProperty("file", document.file());
        json.writeStringProperty("kind", document.kind().id());
        json.writeStringProperty("format", document.format().name());
        json.writeStringProperty("family", document.family());
        json.writeBooleanProperty("heldOut", document.heldOut());
        json.writeStringProperty("disposition", document.disposition().name());
        json.writeStringProperty("reason", document.reason().name());
        json.writeStringProperty("duplicateOf", document.duplicateOf());
        if (document.format() == DocumentFormat.SCANNED_PDF) {
            json.writeObjectPropertyStart("afterOcr");
            json.writeStringProperty(
                    "disposition", document.kind().disposition().name());
            json.writeStringProperty("reason", document.kind().reason().name());
            json.writeEndObject();
        }
        if (document.mail() != null) {
            json.writeObjectPropertyStart("mail");
            json.writeStringProperty("messageId", document.mail().messageId());
            json.writeArrayPropertyStart("references");
            document.mail().references().forEach(json::writeString);
            json.writeEndArray();
            GeneratedDocument.Mail mail = document.mail();
            json.writeStringProperty(
                    "attachment",
                    mail.attachment() == null ? null : mail.attachment().storedFile());
            json.writeEndObject();
        }
        json.writeArrayPropertyStart("hard");
        document.hard().forEach(hard -> json.writeString(hard.name()));
        json.writeEndArray();
        json.writeStringProperty("date", document.date().toString());
        json.writeNumberProperty("pages", document.pages());
        json.writeStringProperty("text", text);
        json.writeArrayPropertyStart("thirdParty");
        for (MarkedText.ThirdParty mark : document.text().thirdParty()) {
            json.writeStartObject();
            json.writeStringProperty("text", text.substring(mark.start(), mark.end()));
            json.writeNumberProperty("start", mark.start());
            json.writeNumberProperty("end", mark.end());
            json.writeStringProperty("type", mark.type().name());
            json.writeStringProperty("person", mark.person());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("keep");
        for (MarkedText.Keep mark : document.text().keep()) {
            json.writeStartObject();
            json.writeStringProperty("text", text.substring(mark.start(), mark.end()));
            json.writeNumberProperty("start", mark.start());
            json.writeNumberProperty("end", mark.end());
            json.writeStringProperty("why", mark.why().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
