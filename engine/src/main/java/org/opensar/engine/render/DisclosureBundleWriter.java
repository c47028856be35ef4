package org.opensar.engine.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.policy.Disposition;

/**
 * Makes the release: OUT/bundle.pdf for the requester and OUT/redaction-log.csv for the council. The bundle is
 * verified before it is left in place, with its digest ({@link BundleDigest}); a bundle that fails is deleted, and the
 * log says why. This is the entry point both {@code bin/opensar process} and the server use.
 */
public final class DisclosureBundleWriter {

    public static final String BUNDLE = "bundle.pdf";
    public static final String LOG = "redaction-log.csv";
    /** How many of the documents a withheld document's text is spread over are named in the refusal. */
    private static final int SPREAD_NAMED = 3;

    private final ExtractionCache extractor;
    private final WordOcr ocr;
    private final BundleRenderer renderer;

    public DisclosureBundleWriter(TextExtractor extractor) {
        this(extractor, new WordOcr(ExtractionSettings.DEFAULT));
    }

    /** Rasterises scans with {@code ocr}: give it the settings extraction used, so both read pages alike. */
    public DisclosureBundleWriter(TextExtractor extractor, WordOcr ocr) {
        this(extractor, ocr, cached -> new PdfBundleRenderer(cached, ocr));
    }

    /** With another renderer, made from the extractor the writer shares between its stages (tests: a faulty one). */
    DisclosureBundleWriter(TextExtractor extractor, WordOcr ocr, Function<TextExtractor, BundleRenderer> renderer) {
        this.extractor = new ExtractionCache(extractor);
        this.ocr = ocr;
        this.renderer = renderer.apply(this.extractor);
    }

    /**
     * The bundle written, or not; {@code bundle} exists only when {@code verification} is clean, which needs every
     * document to disclose to be complete in it ({@code completeness}, one per document to disclose).
     */
    public record Outcome(
            Path bundle,
            Path log,
            RenderedBundle rendered,
            Verification verification,
            List<DocumentCompleteness> completeness) {}

    public Outcome write(BundleRequest request, Path outDir) throws IOException {
        return write(request, outDir, RenderProgress.NONE);
    }

    /** The same, telling {@code progress} how far rendering has got, and when verification starts. */
    public Outcome write(BundleRequest request, Path outDir, RenderProgress progress) throws IOException {
        try {
            return writeOnce(request, outDir, progress);
        } finally {
            extractor.clear();
        }
    }

    private Outcome writeOnce(BundleRequest request, Path outDir, RenderProgress progress) throws IOException {
        Files.createDirectories(outDir);
        Path bundle = outDir.resolve(BUNDLE);
        Path log = outDir.resolve(LOG);
        BundleDigest.forget(bundle);
        WithheldTexts withheld = withheldTexts(request);
        if (!withheld.conflicts().isEmpty()) {
            Files.deleteIfExists(bundle);
            RenderedBundle nothing = new RenderedBundle(0, List.of(), List.of(), List.of(), List.of());
            Verification refused = new Verification(withheld.conflicts());
            RedactionLog.write(log, request, nothing, refused, List.of());
            return new Outcome(bundle, log, nothing, refused, List.of());
        }
        RenderedBundle rendered = renderer.render(request, bundle, progress);
        progress.verifying();
        List<String> findings = new ArrayList<>(new BundleVerifier(ocr)
                .verify(bundle, request.redactedTerms(), withheld.texts())
                .findings());
        List<DocumentCompleteness> completeness = new CompletenessVerifier(extractor).verify(bundle, request, rendered);
        completeness.stream().filter(c -> !c.complete()).forEach(c -> findings.add(c.finding()));
        Verification verification = new Verification(findings);
        if (verification.clean()) {
            BundleDigest.record(bundle);
        } else {
            Files.delete(bundle);
        }
        RedactionLog.write(log, request, rendered, verification, completeness);
        return new Outcome(bundle, log, rendered, verification, completeness);
    }

    /**
     * The distinctive text of each withheld document, and every document to disclose that holds so much of one that
     * the verifier would find it in the bundle (one line each, naming both), or, where no one document holds enough,
     * the documents that hold most of a withheld text spread over several: checked before rendering, so an officer
     * hears at once which documents need the same decision, not after the bundle is written.
     */
    private record WithheldTexts(List<WithheldText> texts, List<String> conflicts) {}

    /**
     * The distinctive text of each withheld document: its sampled runs less those that two or more disclosed
     * documents also hold (the boilerplate of a form the case uses throughout), which prove nothing about a leak.
     * A run shared with one disclosed document still counts, so a disclosed document quoting a withheld one is
     * caught, here and again by the verifier.
     */
    private WithheldTexts withheldTexts(BundleRequest request) {
        List<WithheldText> texts = new ArrayList<>();
        for (BundleDocument document : request.documents()) {
            if (document.decision().disposition() == Disposition.WITHHOLD) {
                ExtractedDocument extracted = extractor.extract(document.document());
                if (extracted.outcome().usable()) {
                    texts.add(WithheldText.of(document.document().file(), extracted.fullText()));
                }
            }
        }
        if (texts.isEmpty()) {
            return new WithheldTexts(texts, List.of());
        }
        Set<Long> sampled = new HashSet<>();
        texts.forEach(t -> sampled.addAll(t.runs()));
        Map<String, Set<Long>> heldBy = new LinkedHashMap<>();
        Map<Long, Integer> disclosedIn = new HashMap<>();
        for (BundleDocument document : request.documents()) {
            if (document.decision().disposition() == Disposition.DISCLOSE) {
                ExtractedDocument extracted = extractor.extract(document.document());
                if (extracted.outcome().usable()) {
                    Set<Long> held = new HashSet<>(WithheldText.hashes(extracted.fullText()));
                    held.retainAll(sampled);
                    held.forEach(run -> disclosedIn.merge(run, 1, Integer::sum));
                    heldBy.put(document.document().file(), held);
                }
            }
        }
        Set<Long> boilerplate = new HashSet<>();
        disclosedIn.forEach((run, documents) -> {
            if (documents >= 2) {
                boilerplate.add(run);
            }
        });
        List<WithheldText> distinctive = texts.stream()
                .map(t -> t.without(boilerplate))
                .filter(t -> !t.runs().isEmpty())
                .toList();
        // which documents to disclose hold which withheld text's runs, through an index of the runs, not pair by pair
        Map<Long, List<WithheldText>> byRun = WithheldText.byRun(distinctive);
        Map<WithheldText, Map<String, Long>> foundIn = new IdentityHashMap<>();
        Map<WithheldText, Set<Long>> found = new IdentityHashMap<>();
        heldBy.forEach((file, held) ->
                held.forEach(run -> byRun.getOrDefault(run, List.of()).forEach(text -> {
                    foundIn.computeIfAbsent(text, t -> new LinkedHashMap<>()).merge(file, 1L, Long::sum);
                    found.computeIfAbsent(text, t -> new HashSet<>()).add(run);
                })));
        List<String> conflicts = new ArrayList<>();
        for (WithheldText text : distinctive) {
            Map<String, Long> holding = foundIn.getOrDefault(text, Map.of());
            List<String> holders = holding.entrySet().stream()
                    .filter(e -> e.getValue() >= text.threshold())
                    .map(Map.Entry::getKey)
                    .toList();
            holders.forEach(file -> conflicts.add(file + " is to be disclosed but holds the text of withheld document "
                    + text.file() + " (" + holding.get(file) + " of "
                    + text.runs().size()
                    + " sampled passages): give the two the same decision, or redact what they share"));
            int foundAll = found.getOrDefault(text, Set.of()).size();
            if (holders.isEmpty() && foundAll >= text.threshold()) {
                conflicts.add(spread(text, foundAll, holding));
            }
        }
        return new WithheldTexts(distinctive, conflicts);
    }

    /**
     * The text of a withheld document that no one document to disclose holds enough of, but that they hold enough of
     * together (the verifier counts the whole bundle), with the documents that hold the most, so the officer knows
     * where to look.
     */
    private static String spread(WithheldText text, int found, Map<String, Long> foundIn) {
        String most = foundIn.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(SPREAD_NAMED)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return "the text of withheld document " + text.file() + " is spread over " + foundIn.size()
                + " documents to disclose (" + found + " of " + text.runs().size() + " sampled passages; most in "
                + most + "): give them the same decision, or redact what they share";
    }
}
