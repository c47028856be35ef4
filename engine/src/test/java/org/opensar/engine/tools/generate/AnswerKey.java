package org.opensar.engine.tools.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The answer key as tests read it back from disk. */
record AnswerKey(JsonNode root) {

    static AnswerKey read(Path caseDir) {
        return new AnswerKey(JsonMapper.builder()
                .build()
                .readTree(caseDir.resolve("answer-key.json").toFile()));
    }

    List<JsonNode> documents() {
        return StreamSupport.stream(root.get("documents").spliterator(), false).toList();
    }

    List<JsonNode> marks(String list) {
        List<JsonNode> marks = new ArrayList<>();
        documents().forEach(d -> d.get(list).forEach(marks::add));
        return marks;
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
