package tiktokclaims.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tiktokclaims.data.Cleaning;
import tiktokclaims.evaluate.Bootstrap;
import tiktokclaims.evaluate.BootstrapResult;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.evaluate.CrossValidation;
import tiktokclaims.evaluate.CrossValidationResult;
import tiktokclaims.evaluate.Metrics;
import tiktokclaims.evaluate.PrecisionRecallCurve;
import tiktokclaims.evaluate.StratifiedSplit;
import tiktokclaims.evaluate.Thresholds;

/**
 * The course model from raw rows to test-set metrics, seeded, in one of two modes.
 *
 * <p>{@link Mode#EXEMPLAR} reproduces the course notebook: drop incomplete rows, cap likes and comments on all
 * rows, upsample the minority class with replacement to the majority's size <em>before</em> the split, split
 * 75/25, fit scikit-learn's default L2 logistic regression (C = 1) on unscaled features, threshold 0.5. Copies of
 * the same verified rows land in both training and test sets and the test set is 50 % verified, so its
 * metrics are optimistic and not those of real reports (about 6 % verified).
 *
 * <p>{@link Mode#HONEST} splits first (stratified 75/25 of the complete rows), learns the capping limits and the
 * encoding on the training rows only, balances only the training rows (class weights by default, or upsampling),
 * fits the same L2 model, and reports metrics on the untouched test set at the real prevalence with bootstrap
 * confidence intervals. Its inference model is an unpenalised, unweighted fit on the unduplicated training rows.
 *
 * <p>Random steps draw their seeds from one {@link SplittableRandom} seeded with {@code seed}: the same data and
 * seed give the same result.
 */
public final class Pipeline {

    /** Which procedure to run. */
    public enum Mode {
        /** The course's procedure (upsampling before the split). */
        EXEMPLAR,
        /** Split first, balance the training rows only, metrics at the real prevalence. */
        HONEST;

        /** {@code exemplar} or {@code honest}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How the honest pipeline balances the training rows. */
    public enum Balancing {
        /** Weight each class by n / (2 · its count) (scikit-learn's {@code class_weight='balanced'}). */
        CLASS_WEIGHTS,
        /** Upsample the training minority with replacement to the training majority's size. */
        UPSAMPLE_TRAINING,
        /** No balancing. */
        NONE
    }

    /** The seed the CLI uses by default. */
    public static final long DEFAULT_SEED = 42;
    /** Share of rows in the test set. */
    public static final double TEST_FRACTION = 0.25;
    /** Bootstrap resamples for the metrics' confidence intervals. */
    public static final int DEFAULT_BOOTSTRAP_REPS = 1000;

    private final Mode mode;
    private final long seed;
    private final Balancing balancing;
    private final double threshold;
    private final int bootstrapReps;
    private final double level;

    private Pipeline(Mode mode, long seed, Balancing balancing, double threshold, int bootstrapReps, double level) {
        this.mode = mode;
        this.seed = seed;
        this.balancing = balancing;
        this.threshold = threshold;
        this.bootstrapReps = bootstrapReps;
        this.level = level;
    }

    /** A pipeline in the given mode: threshold 0.5, class weights (honest), 1000 bootstrap resamples, 95 % intervals. */
    public static Pipeline of(Mode mode, long seed) {
        return new Pipeline(mode, seed, mode == Mode.HONEST ? Balancing.CLASS_WEIGHTS : Balancing.UPSAMPLE_TRAINING,
                0.5, DEFAULT_BOOTSTRAP_REPS, 0.95);
    }

    /** The course's procedure. */
    public static Pipeline exemplar(long seed) {
        return of(Mode.EXEMPLAR, seed);
    }

    /** The sound procedure. */
    public static Pipeline honest(long seed) {
        return of(Mode.HONEST, seed);
    }

    /** Another balancing of the training rows (honest mode only; the exemplar always upsamples first). */
    public Pipeline withBalancing(Balancing b) {
        if (mode == Mode.EXEMPLAR) {
            throw new IllegalArgumentException("the exemplar always upsamples before the split");
        }
        return new Pipeline(mode, seed, b, threshold, bootstrapReps, level);
    }

    /** Another decision threshold (a row is predicted verified when its score is {@code >=} it). */
    public Pipeline withThreshold(double t) {
        if (!(t > 0 && t < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + t);
        }
        return new Pipeline(mode, seed, balancing, t, bootstrapReps, level);
    }

    /** Another number of bootstrap resamples (at least 1). */
    public Pipeline withBootstrapReps(int reps) {
        if (reps < 1) {
            throw new IllegalArgumentException("bootstrap reps must be at least 1, got " + reps);
        }
        return new Pipeline(mode, seed, balancing, threshold, reps, level);
    }

    /** Another level of the metrics' bootstrap intervals, in (0, 1); 0.95 by default. */
    public Pipeline withIntervalLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must be in (0, 1), got " + level);
        }
        return new Pipeline(mode, seed, balancing, threshold, bootstrapReps, level);
    }

    public Mode mode() {
        return mode;
    }

    public long seed() {
        return seed;
    }

    public Balancing balancing() {
        return balancing;
    }

    /** Runs on the raw dataset (as {@code ClaimsData.load} reads it). */
    public PipelineResult run(Table raw) {
        SplittableRandom rng = new SplittableRandom(seed);
        long upsampleSeed = rng.nextLong();
        long splitSeed = rng.nextLong();
        long bootstrapSeed = rng.nextLong();
        Stage s = mode == Mode.EXEMPLAR ? exemplar(raw, upsampleSeed, splitSeed) : honest(raw, upsampleSeed, splitSeed);
        PenalizedLogitResult model = PenalizedLogit.fit(s.fitRows);
        LogitResult inference = Logit.fit(s.inferenceRows);
        int[] actual = s.test.y();
        double[] score = model.predictProba(s.test);
        Metrics metrics = Metrics.of(actual, score, threshold);
        ConfusionMatrix cm = ConfusionMatrix.of(actual, Thresholds.predict(score, threshold),
                s.test.classLabels().get(0), s.test.positiveLabel());
        BootstrapResult ci = Bootstrap.confidenceIntervals(actual, score, threshold, bootstrapReps, bootstrapSeed,
                level).fromSeed(seed);
        double ap = PrecisionRecallCurve.of(actual, score).averagePrecision();
        return new PipelineResult(this, model, inference, s.train, s.test, score, threshold, metrics, cm, ci, ap,
                s.leaked, s.notes);
    }

    /** What a mode hands to the fit: training rows (as fitted), inference rows, test rows, notes. */
    private record Stage(DesignMatrix train, DesignMatrix fitRows, DesignMatrix inferenceRows, DesignMatrix test,
            int leaked, List<String> notes) {
    }

    private Stage exemplar(Table raw, long upsampleSeed, long splitSeed) {
        DesignMatrix all = CourseModel.spec().design(CourseModel.prepare(raw));
        int[] source = upsample(all.y(), upsampleSeed);
        DesignMatrix balanced = all.rows(source);
        StratifiedSplit split = StratifiedSplit.split(balanced.y(), TEST_FRACTION, splitSeed);
        int[] trainIdx = split.train();
        int[] testIdx = split.test();
        boolean[] inTrain = new boolean[all.rows()];
        for (int i : trainIdx) {
            inTrain[source[i]] = true;
        }
        int leaked = 0;
        for (int i : testIdx) {
            if (inTrain[source[i]]) {
                leaked++;
            }
        }
        DesignMatrix train = balanced.rows(trainIdx);
        List<String> notes = new ArrayList<>();
        notes.add("The minority class was upsampled with replacement to the majority's size before the split, so "
                + leaked + " of the " + testIdx.length + " test rows are copies of rows also in the training set.");
        notes.add("The test set is about 50% verified, while about 6% of real reports are; precision at the real "
                + "prevalence is far lower.");
        notes.add("Standard errors from this fit would count copies as independent rows: the inference model refuses"
                + " to report them.");
        return new Stage(train, train, train, balanced.rows(testIdx), leaked, notes);
    }

    /**
     * Stratified k-fold cross-validation of the honest procedure on the complete rows: in each fold the caps, the
     * encoding, the balancing and the fit are learned on the other folds' rows, and the held-out fold is scored at
     * the threshold. Folds drawn with this pipeline's seed.
     *
     * @throws IllegalStateException in exemplar mode (its upsampling before the split is what the honest mode fixes)
     */
    public CrossValidationResult crossValidate(Table raw, int k) {
        if (mode != Mode.HONEST) {
            throw new IllegalStateException("cross-validation runs the honest procedure only");
        }
        Table clean = Cleaning.dropIncomplete(raw);
        long upsampleSeed = new SplittableRandom(seed).nextLong();
        return CrossValidation.run(labels(clean), k, seed, (trainRows, testRows) -> {
            Stage s = honestStage(clean.rows(trainRows), clean.rows(testRows), upsampleSeed);
            return Metrics.of(s.test.y(), PenalizedLogit.fit(s.fitRows).predictProba(s.test), threshold);
        });
    }

    private static int[] labels(Table clean) {
        ModelSpec spec = CourseModel.spec();
        tech.tablesaw.api.StringColumn target = clean.stringColumn(spec.target());
        int[] y = new int[clean.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = target.get(i).equals(spec.positiveLabel()) ? 1 : 0;
        }
        return y;
    }

    private Stage honest(Table raw, long upsampleSeed, long splitSeed) {
        Table clean = Cleaning.dropIncomplete(raw);
        StratifiedSplit split = StratifiedSplit.split(labels(clean), TEST_FRACTION, splitSeed);
        return honestStage(clean.rows(split.train()), clean.rows(split.test()), upsampleSeed);
    }

    private Stage honestStage(Table trainTable, Table testTable, long upsampleSeed) {
        ModelSpec spec = CourseModel.spec();
        for (String c : CourseModel.CAPPED) {
            double limit = Cleaning.iqrLimits(trainTable, c).upper();
            trainTable = Cleaning.capAbove(trainTable, c, limit);
            testTable = Cleaning.capAbove(testTable, c, limit);
        }
        Encoder enc = spec.encoder(trainTable);
        DesignMatrix train = enc.apply(trainTable);
        DesignMatrix test = enc.apply(testTable);
        DesignMatrix fitRows = switch (balancing) {
            case CLASS_WEIGHTS -> train.withWeights(balancedWeights(train.y()));
            case UPSAMPLE_TRAINING -> train.rows(upsample(train.y(), upsampleSeed));
            case NONE -> train;
        };
        List<String> notes = new ArrayList<>();
        notes.add("Split first (stratified, 75/25); capping limits and encoding learned on the training rows only.");
        notes.add(switch (balancing) {
            case CLASS_WEIGHTS -> "Training rows balanced by class weights (n / (2 x class count)); no row copied.";
            case UPSAMPLE_TRAINING -> "Training minority upsampled with replacement inside the training set only.";
            case NONE -> "No class balancing.";
        });
        notes.add("Test metrics at the real prevalence, with percentile bootstrap 95% intervals; inference from an "
                + "unweighted fit on the unduplicated training rows.");
        return new Stage(train, fitRows, train, test, 0, notes);
    }

    /** Majority rows in order, then as many draws with replacement from the minority rows. */
    static int[] upsample(int[] y, long seed) {
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        int minorityClass = positives * 2 < y.length ? 1 : 0;
        int[] majority = new int[y.length];
        int[] minority = new int[y.length];
        int nMaj = 0;
        int nMin = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == minorityClass) {
                minority[nMin++] = i;
            } else {
                majority[nMaj++] = i;
            }
        }
        if (nMin == 0) {
            throw new ModelFitException(ModelFitException.Reason.EMPTY_CLASS, "cannot upsample: class "
                    + minorityClass + " has no rows");
        }
        SplittableRandom r = new SplittableRandom(seed);
        int[] out = new int[2 * nMaj];
        System.arraycopy(majority, 0, out, 0, nMaj);
        for (int k = 0; k < nMaj; k++) {
            out[nMaj + k] = minority[r.nextInt(nMin)];
        }
        return out;
    }

    /** scikit-learn's balanced class weights: n / (2 · count of the row's class). */
    static double[] balancedWeights(int[] y) {
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        double[] count = {y.length - positives, positives};
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = y.length / (2.0 * count[y[i]]);
        }
        return w;
    }

    @Override
    public String toString() {
        return "Pipeline " + mode.label() + " (seed " + seed + ", balancing " + balancing + ", threshold " + threshold
                + ")";
    }
}
