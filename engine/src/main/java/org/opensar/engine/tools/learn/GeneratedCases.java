package org.opensar.engine.tools.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.DocumentFeatures;
import org.opensar.engine.policy.PolicyClassifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads generated case files (case folders with the generator's answer-key.json) as labelled documents: each
 * document the policy decides itself, that is every one but the copies, extracted as {@code process} extracts it. A
 * document whose text cannot be read (a scan without OCR) is left out.
 */
public final class GeneratedCases {

    private final TextExtractor extractor;
    private final PolicyClassifier rules;
    private final DisclosurePolicy policy;
    private final int threads;

    public GeneratedCases(TextExtractor extractor, DisclosurePolicy policy, int threads) {
        this.extractor = extractor;
        this.policy = policy;
        this.rules = new PolicyClassifier(policy);
        this.threads = threads;
    }

    public List<LabelledDocument> read(Path caseDir) {
        Path keyFile = caseDir.resolve("answer-key.json");
        if (!Files.isRegularFile(keyFile)) {
            throw new CaseFileException(caseDir + " has no answer-key.json: only generated cases can be learned from");
        }
        Map<String, JsonNode> key = new HashMap<>();
        try {
            JsonMapper.shared()
                    .readTree(Files.readString(keyFile))
                    .get("documents")
                    .forEach(d -> key.put(d.get("file").asString(), d));
        } catch (IOException e) {
            throw new CaseFileException("cannot read " + keyFile + ": " + e.getMessage(), e);
        }
        CaseFile caseFile = new CaseFileReader().open(caseDir);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            DocumentFeatures features =
                    new DocumentFeatures(policy, caseFile.description().people());
            List<Future<Optional<LabelledDocument>>> pending = new ArrayList<>();
            for (CaseDocument document : caseFile.documents()) {
                JsonNode expected = key.get(document.file());
                if (expected == null || copy(expected)) {
                    continue;
                }
                pending.add(workers.submit(() -> label(document, expected, features, caseFile)));
            }
            List<LabelledDocument> labelled = new ArrayList<>();
            for (Future<Optional<LabelledDocument>> future : pending) {
                future.get().ifPresent(labelled::add);
            }
            return labelled;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading " + caseDir, e.getCause());
        } finally {
            workers.shutdownNow();
            caseFile.close();
        }
    }

    private static boolean copy(JsonNode expected) {
        JsonNode original = expected.path("duplicateOf");
        return !original.isNull() && !original.isMissingNode();
    }

    private Optional<LabelledDocument> label(
            CaseDocument document, JsonNode expected, DocumentFeatures features, CaseFile caseFile) {
        Optional<String> category = KindCategories.of(expected.get("kind").asString());
        if (category.isEmpty()) {
            return Optional.empty();
        }
        ExtractedDocument extracted = extractor.extract(document);
        if (!extracted.outcome().usable()) {
            return Optional.empty();
        }
        JsonNode answer = Objects.requireNonNullElse(expected.get("afterOcr"), expected);
        return Optional.of(new LabelledDocument(
                expected.path("family").asString("?"),
                category.get(),
                answer.get("disposition").asString(),
                features.of(extracted, document.metadata()),
                rules.classify(
                        extracted, document.metadata(), caseFile.description().people())));
    }
}
