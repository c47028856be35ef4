package org.opensar.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.engine.render.ApprovedRedaction;
import org.opensar.engine.render.BundleDocument;
import org.opensar.engine.render.BundleRequest;
import org.opensar.engine.render.BundleVerifier;
import org.opensar.engine.render.CoveringLetter;
import org.opensar.engine.render.DisclosureBundleWriter;
import org.opensar.engine.render.PdfBundleRenderer;
import org.opensar.engine.render.RenderedBundle;
import org.opensar.engine.render.Verification;

/**
 * {@code bin/opensar bundle-bench [--pages N] [--dir DIR]}: renders and verifies a synthetic bundle of about N pages
 * (default 10,000), its documents' text regenerated on each extraction as a real re-extraction would be, and prints
 * the time of each step and the peak heap.
 */
public final class BundleBenchCommand implements Command {

    private static final String NAME = "Marguerite Okonkwo";
    private static final String PHONE = "07700 900123";
    private static final int PARAGRAPHS_PER_DOCUMENT = 120;
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] SENTENCES = {
        "Jordan was seen at the placement and spoke about school, friends and football.",
        "The social worker discussed the care plan and the next children in care review with the IRO.",
        "Jordan said that things at home had been calmer and that contact had gone well this week.",
        "The foster carer reported that Jordan had settled and was sleeping better than before.",
        "We talked about the pathway plan, college, money and what support Jordan would like next year.",
        "The PEP meeting agreed extra help with maths and a mentor at school.",
    };

    @Override
    public String name() {
        return "bundle-bench";
    }

    @Override
    public String summary() {
        return "benchmark rendering and verifying a large disclosure bundle (time, peak heap)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int pages = 10_000;
        Path dir = null;
        try {
            for (int i = 0; i < args.size(); i += 2) {
                String value = i + 1 < args.size() ? args.get(i + 1) : "";
                switch (args.get(i)) {
                    case "--pages" -> pages = Integer.parseInt(value);
                    case "--dir" -> dir = Path.of(value);
                    default -> throw new UsageException("unknown option " + args.get(i));
                }
            }
            Path out1 = dir == null ? Files.createTempDirectory("opensar-bundle-bench-") : Files.createDirectories(dir);
            return measure(pages, out1, out);
        } catch (UsageException | IllegalArgumentException e) {
            err.println("opensar bundle-bench: " + e.getMessage());
            err.println("usage: bin/opensar bundle-bench [--pages N] [--dir DIR]");
            return 2;
        } catch (IOException e) {
            err.println("opensar bundle-bench: " + e.getMessage());
            return 1;
        }
    }

    private static int measure(int pages, Path dir, PrintStream out) throws IOException {
        int documents = Math.max(1, pages / 11);
        List<BundleDocument> bundleDocuments = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            String file = "documents/note-" + i + ".txt";
            String text = text(i);
            int at = text.indexOf(NAME);
            bundleDocuments.add(new BundleDocument(
                    new CaseDocument(
                            file,
                            Path.of(file),
                            text.length(),
                            new DocumentMetadata(
                                    "Case note " + i,
                                    null,
                                    LocalDate.of(2010, 1, 1).plusDays(i),
                                    null,
                                    null)),
                    "Case note " + i,
                    Decision.of(ReasonCode.CASE_NOTE, List.of(), 1, ""),
                    "bench",
                    AT,
                    List.of(new ApprovedRedaction(
                            NAME,
                            at,
                            at + NAME.length(),
                            1,
                            PersonalDataType.PERSON,
                            RedactionReason.THIRD_PARTY_NAME,
                            "bench",
                            AT))));
        }
        BundleRequest request = new BundleRequest(
                new CaseDescription("BENCH-1", new DataSubject("Jordan Ellis", List.of(), null), List.of(), List.of()),
                bundleDocuments,
                CoveringLetter.defaults(),
                LocalDate.of(2026, 1, 1));
        TextExtractor extractor = document -> new ExtractedDocument(
                document.file(),
                List.of(text(Integer.parseInt(document.file().replaceAll("\\D", "")))),
                Map.of(),
                ExtractionOutcome.EXTRACTED,
                "");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        Path pdf = dir.resolve(DisclosureBundleWriter.BUNDLE);
        RenderedBundle rendered = new PdfBundleRenderer(extractor).render(request, pdf);
        long rendering = System.nanoTime() - started;
        Verification verification = new BundleVerifier().verify(pdf, request.redactedTerms(), List.of());
        long total = System.nanoTime() - started;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        out.printf(
                "pages %d, documents %d, redactions %d, render %.1f s, verify %.1f s, total %.1f s, %s,"
                        + " file %d MB, peak heap %d MB (max %d MB)%n",
                rendered.pages(),
                documents,
                rendered.redactions().size(),
                rendering / 1e9,
                (total - rendering) / 1e9,
                total / 1e9,
                verification.clean() ? "verified clean" : "LEAK FOUND " + verification.findings(),
                Files.size(pdf) >> 20,
                peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        return verification.clean() ? 0 : 3;
    }

    /** The same text every time for the same document, as re-extracting a file gives. */
    private static String text(int document) {
        Random random = new Random(document);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS_PER_DOCUMENT; p++) {
            for (int s = 0; s < 4; s++) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            if (p % 10 == 0) {
                text.append(NAME).append(" rang on ").append(PHONE).append(" about the visit.");
            }
            text.append('\n');
        }
        return text.toString();
    }
}
