package org.opensar.engine.cli;

import static org.opensar.engine.cli.UsageException.optionValue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.extract.TimeLimitedExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.DispositionModel;
import org.opensar.engine.policy.InvalidPolicyException;
import org.opensar.engine.policy.LearnedClassifier;
import org.opensar.engine.tools.learn.GeneratedCases;
import org.opensar.engine.tools.learn.LabelledDocument;

/**
 * {@code bin/opensar train [--policy FILE] [--out MODEL] [--leave-one-family-out] [--no-ocr] CASE_DIR...}: trains
 * the disposition model on generated case files (each with its answer key), and measures it by leaving each phrasing
 * family out of training in turn and deciding that family's documents as {@code process} would. {@code --no-ocr}
 * leaves scanned documents out instead of reading them with Tesseract, which is most of the time training takes.
 */
public final class TrainCommand implements Command {

    private static final String USAGE =
            "usage: opensar train [--policy FILE] [--out MODEL] [--leave-one-family-out] [--no-ocr] CASE_DIR...";
    private static final int MISTAKES_SHOWN = 8;

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train the disposition model on generated cases, or measure it leaving one family out";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean leaveOneOut = false;
        ExtractionSettings settings = ExtractionSettings.DEFAULT;
        Path modelFile = null;
        Path policyFile = null;
        List<Path> cases = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--leave-one-family-out" -> leaveOneOut = true;
                    case "--no-ocr" -> settings = settings.withoutOcr();
                    case "--out" -> modelFile = Path.of(optionValue(args, ++i, arg));
                    case "--policy" -> policyFile = Path.of(optionValue(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new UsageException("unexpected argument '" + arg + "'");
                        }
                        cases.add(Path.of(arg));
                    }
                }
            }
            if (cases.isEmpty() || (modelFile == null && !leaveOneOut)) {
                throw new UsageException("give the generated case folders, and --out or --leave-one-family-out");
            }
        } catch (UsageException e) {
            err.println("opensar train: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            DisclosurePolicy policy =
                    policyFile == null ? DisclosurePolicy.careLeaver() : DisclosurePolicy.read(policyFile);
            List<LabelledDocument> documents = read(cases, policy, settings, err);
            if (leaveOneOut) {
                new FamilyByFamily(policy, documents).print(out);
            }
            if (modelFile != null) {
                write(DispositionModel.train(examples(documents), DispositionModel.Training.DEFAULT), modelFile);
                out.printf(
                        Locale.ROOT,
                        "wrote %s: trained on %d documents of families %s%n",
                        modelFile,
                        documents.size(),
                        String.join(", ", families(documents)));
            }
            return 0;
        } catch (InvalidPolicyException e) {
            err.println("opensar train: " + e.getMessage());
            return 2;
        } catch (CaseFileException e) {
            err.println("opensar train: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("opensar train: cannot write " + modelFile + ": " + e.getMessage());
            return 1;
        }
    }

    private static List<LabelledDocument> read(
            List<Path> cases, DisclosurePolicy policy, ExtractionSettings settings, PrintStream err) {
        GeneratedCases reader = new GeneratedCases(
                new TimeLimitedExtractor(new TikaTextExtractor(settings), settings.timeout()),
                policy,
                Runtime.getRuntime().availableProcessors());
        List<LabelledDocument> documents = new ArrayList<>();
        for (Path dir : cases) {
            documents.addAll(reader.read(dir));
            err.printf("opensar train: read %s (%d documents so far)%n", dir, documents.size());
        }
        return documents;
    }

    private static void write(DispositionModel model, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            model.write(stream);
        }
    }

    static List<DispositionModel.Example> examples(List<LabelledDocument> documents) {
        return documents.stream()
                .map(d -> new DispositionModel.Example(d.features(), d.category()))
                .toList();
    }

    static TreeSet<String> families(List<LabelledDocument> documents) {
        return new TreeSet<>(documents.stream().map(LabelledDocument::family).toList());
    }

    /** Leave-one-family-out: each family decided by a model trained on the others, as {@code process} decides. */
    private record FamilyByFamily(DisclosurePolicy policy, List<LabelledDocument> documents) {

        void print(PrintStream out) {
            int all = 0;
            int allRight = 0;
            for (String family : families(documents)) {
                List<LabelledDocument> test = documents.stream()
                        .filter(d -> d.family().equals(family))
                        .toList();
                DispositionModel model = DispositionModel.train(
                        examples(documents.stream()
                                .filter(d -> !d.family().equals(family))
                                .toList()),
                        DispositionModel.Training.DEFAULT);
                LearnedClassifier classifier = new LearnedClassifier(policy, model);
                int right = 0;
                int rulesRight = 0;
                int withheldDisclosed = 0;
                Map<String, Integer> mistakes = new TreeMap<>();
                for (LabelledDocument document : test) {
                    Decision decision = classifier.combine(document.rules(), model.predict(document.features()));
                    String decided = decision.disposition().name();
                    right += decided.equals(document.expected()) ? 1 : 0;
                    rulesRight += document.rules().disposition().name().equals(document.expected()) ? 1 : 0;
                    if (document.expected().equals(Disposition.WITHHOLD.name())
                            && decision.disposition() == Disposition.DISCLOSE) {
                        withheldDisclosed++;
                    }
                    if (!decided.equals(document.expected())) {
                        mistakes.merge(document.category() + " -> " + decision.reason(), 1, Integer::sum);
                    }
                }
                out.printf(
                        Locale.ROOT,
                        "family %s: %d documents, %.1f%% right (the rules alone %.1f%%), withheld disclosed %d%n",
                        family,
                        test.size(),
                        100.0 * right / test.size(),
                        100.0 * rulesRight / test.size(),
                        withheldDisclosed);
                mistakes.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(MISTAKES_SHOWN)
                        .forEach(m -> out.printf("    %s x%d%n", m.getKey(), m.getValue()));
                all += test.size();
                allRight += right;
            }
            out.printf(Locale.ROOT, "all families: %d documents, %.1f%% right%n", all, 100.0 * allRight / all);
        }
    }
}
