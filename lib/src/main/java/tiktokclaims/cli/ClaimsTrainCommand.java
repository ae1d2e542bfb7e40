package tiktokclaims.cli;

import tiktokclaims.output.UsageException;

import tiktokclaims.output.AtomicOutput;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tiktokclaims.claims.Candidate;
import tiktokclaims.claims.ClaimsTraining;
import tiktokclaims.claims.ModelFiles;
import tiktokclaims.claims.ModelSettings;
import tiktokclaims.claims.TrainingOptions;
import tiktokclaims.claims.TrainingResult;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.DataFiles;
import tiktokclaims.data.InputException;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.report.Json;

/**
 * {@code claims train --data FILE --model DIR [--seed S] [--json OUT]}: trains the claim-vs-opinion classifier
 * ({@link ClaimsTraining}), saves it as a model folder ({@link ModelFiles}) and prints the validation comparison
 * and the held-out test metrics.
 */
public final class ClaimsTrainCommand implements Command {

    @Override
    public String name() {
        return "claims train";
    }

    @Override
    public String summary() {
        return "train the claim-vs-opinion classifier (transcript n-grams + engagement) and save it";
    }

    @Override
    public String usage() {
        return """
                usage: ./tiktok-claims claims train [--data FILE] --model DIR [--seed S] [--trees N] [--json OUT]

                Trains on the labelled rows of FILE: split 60/20/20 (train/validation/test, stratified by
                claim_status, seeded); features from the training rows only (transcript words and word pairs,
                TF-IDF, min document frequency 5, at most 100 terms; text length; log counts, duration, verified
                and ban status); fits logistic regression, random forest and gradient-boosted trees; on the
                validation rows chooses each model's threshold and the model by the highest recall on claims at
                precision >= 0.99 (a missed claim costs more than a wasted review; ties: higher precision, then
                higher average precision, then the simpler model in the order above); scores the chosen model once
                on the test rows and prints the metrics.

                --model DIR   folder to save the model in (model.properties + model.txt, format version %d):
                              a new or empty folder, or a model folder (replaced as a whole); a folder
                              holding other files is refused. Checked before training.
                --seed S      seed of every random step (default %d); same data and seed, same model
                --trees N     trees in the random forest and rounds of boosting (default %d)
                --json OUT    also write the metrics as JSON
                Data: FILE, else $TIKTOK_DATA, else data/tiktok_dataset.csv.
                """.formatted(ModelFiles.VERSION, TrainingOptions.DEFAULT_SEED, ModelSettings.defaults().forestTrees());
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(words, Set.of("data", "model", "seed", "trees", "json"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Path modelDir = args.path("model");
        Path json = args.has("json") ? args.path("json") : null;
        Path file = args.has("data") ? args.path("data") : DataFiles.dataset();
        // Before training, so that a bad path neither wastes the training nor leaves a model without metrics.
        ModelFiles.checkTarget(modelDir);
        if (json != null) {
            AtomicOutput.checkTarget(json, file);
        }
        TrainingOptions options = TrainingOptions.defaults()
                .withSeed(args.longValue("seed", TrainingOptions.DEFAULT_SEED));
        if (args.has("trees")) {
            long trees = args.longValue("trees", 0);
            if (trees < 1 || trees > 10_000) {
                throw new UsageException("--trees must be between 1 and 10000, got " + trees);
            }
            options = options.withModels(ModelSettings.defaults().withTrees((int) trees, (int) trees));
        }
        TrainingResult result;
        try {
            result = ClaimsTraining.train(ClaimsData.load(file), options);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, "cannot train on this file: " + e.getMessage());
        }
        result.model().save(modelDir);
        if (json != null) {
            AtomicOutput.writeString(json, out, Json.write(json(result)));
        }
        PrintStream report = AtomicOutput.reportStream(json, out);
        report.print(result);
        report.println("\nModel saved to " + modelDir + " (format version " + ModelFiles.VERSION + ").");
        return Main.OK;
    }

    static Map<String, Object> json(TrainingResult r) {
        ConfusionMatrix cm = r.testConfusion();
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("rows", r.testActual().length);
        test.put("precision", cm.precision());
        test.put("recall", cm.recall());
        test.put("f1", cm.f1());
        test.put("accuracy", cm.accuracy());
        test.put("roc_auc", r.testRoc().auc());
        test.put("average_precision", r.testPrecisionRecall().averagePrecision());
        test.put("confusion", List.of(List.of(cm.tn(), cm.fp()), List.of(cm.fn(), cm.tp())));
        List<Object> candidates = new ArrayList<>();
        for (Candidate c : r.candidates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", c.kind().label());
            m.put("roc_auc", c.auc());
            m.put("average_precision", c.averagePrecision());
            m.put("threshold", c.point().threshold());
            m.put("precision", c.point().precision());
            m.put("recall", c.point().recall());
            candidates.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", r.options().seed());
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("train", r.splits().train().length);
        rows.put("validation", r.splits().validation().length);
        rows.put("test", r.splits().test().length);
        m.put("rows", rows);
        m.put("model", r.model().kind().label());
        m.put("threshold", r.model().threshold());
        m.put("rule", r.model().thresholdRule());
        m.put("validation", candidates);
        m.put("test_claims", test);
        return m;
    }
}
