package tiktokclaims.cli;

import tiktokclaims.output.UsageException;

import tiktokclaims.output.AtomicOutput;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.DataFiles;
import tiktokclaims.data.InputException;
import tiktokclaims.data.LoadResult;
import tiktokclaims.model.Pipeline;
import tiktokclaims.model.PipelineResult;
import tiktokclaims.report.Json;

/**
 * {@code evaluate [--data FILE] [--mode exemplar|honest] [--seed S] [--balancing B] [--threshold T]
 * [--bootstrap N] [--json OUT]}: runs a seeded {@link Pipeline} and reports the test-set metrics of the verified
 * class. Same data and seed give byte-identical JSON.
 */
public final class EvaluateCommand implements Command {

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "evaluate the course model on a test set: exemplar (course procedure) or honest mode";
    }

    @Override
    public String usage() {
        return """
                usage: ./tiktok-claims evaluate [--data FILE] [--mode exemplar|honest] [--seed S]
                                                [--balancing class-weights|upsample|none] [--threshold T]
                                                [--bootstrap N] [--json OUT]

                --mode exemplar  the course procedure: drop incomplete rows, cap likes and comments, upsample
                                 verified rows with replacement to the majority's size BEFORE the 75/25 split,
                                 scikit-learn's default L2 logistic regression (C = 1) on unscaled features.
                                 Copies of the same rows sit in training and test sets; the test set is 50/50.
                --mode honest    (default) split first (stratified 75/25), capping limits and encoding learned
                                 on the training rows, balance the training rows only (--balancing, default
                                 class-weights), same L2 model, metrics at the real prevalence (about 6%).
                --seed S         seed of every random step (default 42)
                --threshold T    predict verified when the score is >= T (default 0.5)
                --bootstrap N    bootstrap resamples for the 95% intervals (default 1000)
                --json OUT       also write the result as JSON: precision, recall, f1, accuracy, auc of the
                                 verified class, confusion [[tn, fp], [fn, tp]], intervals, sizes, prevalence.
                Data: FILE, else $TIKTOK_DATA, else data/tiktok_dataset.csv.
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(words, Set.of("data", "mode", "seed", "balancing", "threshold", "bootstrap", "json"),
                Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Pipeline.Mode mode = switch (args.get("mode", "honest").toLowerCase(Locale.ROOT)) {
            case "exemplar" -> Pipeline.Mode.EXEMPLAR;
            case "honest" -> Pipeline.Mode.HONEST;
            default -> throw new UsageException("--mode must be exemplar or honest, got '" + args.get("mode", "")
                    + "'");
        };
        Pipeline p = Pipeline.of(mode, args.longValue("seed", Pipeline.DEFAULT_SEED));
        if (args.has("balancing")) {
            if (mode == Pipeline.Mode.EXEMPLAR) {
                throw new UsageException("--balancing applies to --mode honest only (the exemplar upsamples first)");
            }
            p = p.withBalancing(switch (args.get("balancing", "").toLowerCase(Locale.ROOT)) {
                case "class-weights" -> Pipeline.Balancing.CLASS_WEIGHTS;
                case "upsample" -> Pipeline.Balancing.UPSAMPLE_TRAINING;
                case "none" -> Pipeline.Balancing.NONE;
                default -> throw new UsageException("--balancing must be class-weights, upsample or none, got '"
                        + args.get("balancing", "") + "'");
            });
        }
        double threshold = args.doubleValue("threshold", 0.5);
        if (!(threshold > 0 && threshold < 1)) {
            throw new UsageException("--threshold must be between 0 and 1, got " + threshold);
        }
        long reps = args.longValue("bootstrap", Pipeline.DEFAULT_BOOTSTRAP_REPS);
        if (reps < 1 || reps > 1_000_000) {
            throw new UsageException("--bootstrap must be between 1 and 1000000, got " + reps);
        }
        p = p.withThreshold(threshold).withBootstrapReps((int) reps);
        Path file = args.has("data") ? args.path("data") : DataFiles.dataset();
        Path json = args.has("json") ? args.path("json") : null;
        if (json != null) {
            AtomicOutput.checkTarget(json, file);
        }
        PipelineResult r;
        LoadResult loaded = ClaimsData.read(file);
        if (loaded.report().completeRows() == 0) {
            throw new InputException(file, "no complete rows (every row has an empty field): nothing to fit");
        }
        try {
            r = p.run(loaded.table());
        } catch (IllegalArgumentException e) {
            // A model.ModelFitException (its subclass), or too few complete rows to split (none, or one).
            throw new InputException(file, "cannot fit the course model: " + e.getMessage());
        }
        AtomicOutput.reportStream(json, out).print(r);
        if (json != null) {
            AtomicOutput.writeString(json, out, Json.write(r.toMap()));
        }
        return Main.OK;
    }
}
