package org.opensar.engine.policy;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy (multinomial logistic regression) model, trained with Apache OpenNLP, that reads a document's
 * {@link DocumentFeatures} and says which of the policy's categories it most likely is: "police information", "case
 * notes", "carer and placement logs". It weighs every word and shape it was trained on, where the policy's rules
 * weigh only the phrases someone wrote into them.
 */
public final class DispositionModel {

    /** A document's features and the category an officer (or the generator's answer key) gave it. */
    public record Example(List<String> features, String category) {

        public Example {
            features = List.copyOf(features);
        }
    }

    /**
     * The most likely category, its probability, and the features that argued most for it ("h:police").
     */
    public record Prediction(String category, double probability, List<String> strongest) {

        public Prediction {
            strongest = List.copyOf(strongest);
        }
    }

    /** How hard to train: passes of the optimiser, features seen in fewer documents are dropped, the L2 penalty. */
    public record Training(int iterations, int cutoff, double l2Cost) {

        public static final Training DEFAULT = new Training(200, 3, 1.0);
    }

    private static final int STRONGEST_KEPT = 8;

    private final AbstractModel model;
    private final Map<String, Context> weights;

    private DispositionModel(AbstractModel model) {
        this.model = model;
        @SuppressWarnings("unchecked")
        Map<String, Context> byFeature = (Map<String, Context>) model.getDataStructures()[1];
        this.weights = byFeature;
    }

    public static DispositionModel train(List<Example> examples, Training training) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, training.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, training.cutoff());
        parameters.put(QNTrainer.L2COST_PARAM, training.l2Cost());
        List<Event> events = examples.stream()
                .map(e -> new Event(e.category(), e.features().toArray(String[]::new)))
                .toList();
        try {
            return new DispositionModel((AbstractModel) TrainerFactory.getEventTrainer(parameters, null)
                    .train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException("training the disposition model", e);
        }
    }

    /** The model at {@code where}: a file, or else a model built in beside the care-leaver policy. */
    public static DispositionModel load(String where) {
        Path file = Path.of(where);
        try (InputStream in = file.isAbsolute() && Files.isRegularFile(file)
                ? Files.newInputStream(file)
                : DispositionModel.class.getResourceAsStream(where)) {
            if (in == null) {
                throw new InvalidPolicyException("the policy's model '" + where + "' is neither a file nor built in");
            }
            return read(new BufferedInputStream(in));
        } catch (InvalidPolicyException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidPolicyException("cannot read the policy's model '" + where + "': " + e.getMessage());
        }
    }

    public static DispositionModel read(InputStream in) throws IOException {
        return new DispositionModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new GenericModelWriter(model, data).persist();
        data.flush();
    }

    public List<String> categories() {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            categories.add(model.getOutcome(i));
        }
        return categories;
    }

    public Prediction predict(List<String> features) {
        double[] probabilities = model.eval(features.toArray(String[]::new));
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Prediction(model.getOutcome(best), probabilities[best], strongest(features, best));
    }

    /** The features whose weight for {@code outcome} is highest, strongest first. */
    private List<String> strongest(List<String> features, int outcome) {
        record Weighted(String feature, double weight) {}
        List<Weighted> weighted = new ArrayList<>();
        for (String feature : features) {
            Context context = weights.get(feature);
            if (context == null) {
                continue;
            }
            int[] outcomes = context.getOutcomes();
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == outcome && context.getParameters()[i] > 0) {
                    weighted.add(new Weighted(feature, context.getParameters()[i]));
                }
            }
        }
        return weighted.stream()
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed())
                .limit(STRONGEST_KEPT)
                .map(Weighted::feature)
                .toList();
    }
}
