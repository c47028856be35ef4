package org.opensar.engine.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.detect.PersonalDataDetector;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.extract.TimeLimitedExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.ReasonCode;

/**
 * A measurement, not a test: renders every readable file of a folder nobody here wrote (Apache Tika's or POI's test
 * documents) into one bundle, each disclosed with every proposal approved, and prints how completely the bundle
 * holds each, by format, and what the leak verifier found. docs/measurements.md gives the command.
 */
public final class CorpusCompleteness {

    private CorpusCompleteness() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "corpus-bundle"));
        ExtractionSettings settings = ExtractionSettings.DEFAULT;
        TextExtractor extractor = new TimeLimitedExtractor(new TikaTextExtractor(settings), settings.timeout());
        PersonalDataDetector detector = PersonalDataDetector.withoutCase();
        Instant now = Instant.now();
        List<BundleDocument> documents = new ArrayList<>();
        int unreadable = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                CaseDocument document =
                        new CaseDocument(file.getFileName().toString(), file, Files.size(file), DocumentMetadata.NONE);
                ExtractedDocument extracted = extractor.extract(document);
                if (!extracted.outcome().usable()) {
                    unreadable++;
                    continue;
                }
                List<ApprovedRedaction> approved = detector.detect(extracted.fullText()).stream()
                        .map(p -> new ApprovedRedaction(
                                p.text(), p.start(), p.end(), 1, p.type(), p.reason(), "measurement", now))
                        .toList();
                documents.add(new BundleDocument(
                        document,
                        "Test document",
                        Decision.of(ReasonCode.CASE_NOTE, List.of(), 1, ""),
                        "measurement",
                        now,
                        approved));
            }
        }
        BundleRequest request = new BundleRequest(
                CaseDescription.ofSubject("Test Subject"), documents, CoveringLetter.defaults(), LocalDate.now());
        DisclosureBundleWriter.Outcome outcome =
                new DisclosureBundleWriter(extractor, new WordOcr(settings)).write(request, out);
        Map<String, int[]> byFormat = new TreeMap<>();
        for (DocumentCompleteness c : outcome.completeness()) {
            String format = c.file().substring(c.file().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            int[] counts = byFormat.computeIfAbsent(format, f -> new int[2]);
            counts[0]++;
            if (c.complete()) {
                counts[1]++;
            } else {
                System.out.println("INCOMPLETE " + c.finding());
            }
        }
        outcome.verification().findings().stream()
                .filter(f -> !f.contains(" is not complete in the bundle "))
                .forEach(f -> System.out.println("LEAK " + f));
        byFormat.forEach((format, n) -> System.out.printf("%-6s %4d documents, %4d complete%n", format, n[0], n[1]));
        System.out.printf(
                "%d documents rendered (%d not readable), %d complete; bundle %s%n",
                outcome.completeness().size(),
                unreadable,
                outcome.completeness().stream()
                        .filter(DocumentCompleteness::complete)
                        .count(),
                outcome.verification().clean() ? "verified clean" : "refused");
    }
}
