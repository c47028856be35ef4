package org.opensar.engine.tools.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an entirely synthetic children's social care case file with its answer key: {@code case.json},
 * {@code documents/}, usually {@code documents.json}, and {@code answer-key.json}. The same options give
 * the same text and key. Documents are written as they are made, so memory stays flat for large cases.
 */
public final class CaseFileGenerator {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CaseFileGenerator() {}

    /**
     * Generates into {@code outDir}, which must be absent or empty.
     *
     * @throws IllegalArgumentException if {@code outDir} holds anything
     */
    public static GenerationSummary generate(GeneratorOptions options, Path outDir) throws IOException {
        requireEmpty(outDir);
        Files.createDirectories(outDir.resolve("documents"));
        Cast cast = new CastFactory(options.seed()).create();
        JSON.writeValue(outDir.resolve("case.json").toFile(), cast.description(options.requesterNamedOnly()));
        Map<DocumentKind, List<Template>> templates = Template.loadAll();
        DocumentPlanner planner = new DocumentPlanner(cast, templates, keptWords(), options);
        boolean withIndex = Math.floorMod(options.seed(), 5) != 4;
        int pages = 0;
        int heldOut = 0;
        int duplicates = 0;
        int scanned = 0;
        try (OutputStream keyOut = new BufferedOutputStream(Files.newOutputStream(outDir.resolve("answer-key.json")));
                AnswerKeyWriter key = new AnswerKeyWriter(JSON, keyOut, options.seed(), cast);
                OutputStream indexOut = withIndex
                        ? new BufferedOutputStream(Files.newOutputStream(outDir.resolve("documents.json")))
                        : OutputStream.nullOutputStream();
                DocumentIndexWriter index = new DocumentIndexWriter(JSON, indexOut)) {
            for (int i = 0; i < options.documents(); i++) {
                GeneratedDocument document = planner.next(i);
                Path file = outDir.resolve(document.storedFile());
                Files.createDirectories(file.getParent());
                document.format().writer().write(document, file);
                key.write(document);
                index.write(document);
                pages += document.pages();
                heldOut += document.heldOut() ? 1 : 0;
                duplicates += document.duplicateOf() != null ? 1 : 0;
                scanned += document.format() == DocumentFormat.SCANNED_PDF ? 1 : 0;
            }
        }
        return new GenerationSummary(options.documents(), pages, heldOut, duplicates, scanned, cast.reference());
    }

    /** Template words to mark as kept, from {@code kept-words.txt}: section name is the reason. */
    static Map<String, KeepReason> keptWords() {
        WordLists lists = WordLists.load("kept-words.txt");
        Map<String, KeepReason> kept = new HashMap<>();
        for (KeepReason why : List.of(KeepReason.ORDINARY_WORD, KeepReason.RELATIONSHIP_WORD)) {
            lists.get(why.name()).forEach(word -> kept.put(word, why));
        }
        return Map.copyOf(kept);
    }

    private static void requireEmpty(Path outDir) throws IOException {
        if (!Files.exists(outDir)) {
            return;
        }
        if (!Files.isDirectory(outDir)) {
            throw new IllegalArgumentException(outDir + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(outDir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(outDir + " is not empty; give an empty or new directory");
            }
        }
    }
}
