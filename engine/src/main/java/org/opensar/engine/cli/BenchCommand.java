package org.opensar.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.process.CasePipeline;
import org.opensar.engine.process.CaseReport;
import org.opensar.engine.process.EngineFactory;
import org.opensar.engine.tools.bench.BenchCaseBuilder;

/**
 * {@code bin/opensar bench [--documents N] [--threads N] [--dir DIR]}: builds a synthetic case (or reuses the one in
 * DIR) and runs the whole pipeline on it, printing pages per second and peak heap use.
 */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmark the disclosure pipeline on a synthetic case (pages/s, peak heap)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int documents = 500;
        int threads = Runtime.getRuntime().availableProcessors();
        Path dir = null;
        try {
            for (int i = 0; i < args.size(); i += 2) {
                String value = i + 1 < args.size() ? args.get(i + 1) : "";
                switch (args.get(i)) {
                    case "--documents" -> documents = Integer.parseInt(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--dir" -> dir = Path.of(value);
                    default -> throw new UsageException("unknown option " + args.get(i));
                }
            }
            if (dir == null) {
                dir = Files.createTempDirectory("opensar-bench-");
            }
            if (!Files.exists(dir.resolve("case.json"))) {
                err.println("opensar bench: writing " + documents + " synthetic documents to " + dir);
                new BenchCaseBuilder().build(dir, documents);
            }
            return measure(dir, threads, out);
        } catch (UsageException | IllegalArgumentException e) {
            err.println("opensar bench: " + e.getMessage());
            err.println("usage: bin/opensar bench [--documents N] [--threads N] [--dir DIR]");
            return 2;
        } catch (IOException e) {
            err.println("opensar bench: " + e.getMessage());
            return 1;
        }
    }

    private static int measure(Path dir, int threads, PrintStream out) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        CaseReport report;
        try (CaseFile caseFile = new CaseFileReader().open(dir)) {
            CasePipeline pipeline =
                    EngineFactory.pipeline(DisclosurePolicy.careLeaver(), ExtractionSettings.DEFAULT, threads);
            report = pipeline.process(caseFile, new PrintStream(OutputStream.nullOutputStream()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        out.printf(
                "documents %d, pages %d, threads %d, %.1f s, %.1f pages/s, peak heap %d MB (max %d MB), %s%n",
                report.summary().documents(),
                report.summary().pages(),
                threads,
                seconds,
                report.summary().pages() / seconds,
                peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                report.summary().byReason());
        return 0;
    }
}
