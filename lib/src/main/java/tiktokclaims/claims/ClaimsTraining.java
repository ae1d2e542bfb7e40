package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tiktokclaims.evaluate.PrecisionRecallCurve;
import tiktokclaims.evaluate.RocCurve;
import tiktokclaims.evaluate.StratifiedSplit;

/**
 * Trains the claim-vs-opinion classifier.
 *
 * <ol>
 *   <li>Keep the rows with a claim_status (the labelled rows; other missing fields are imputed, see
 *   {@link ClaimFeatures}).</li>
 *   <li>Split 60/20/20 into train, validation and test, stratified by claim_status and seeded
 *   ({@link StratifiedSplit}: first 20 % test, then 25 % of the rest as validation).</li>
 *   <li>Learn the features (vocabulary, idf, medians) on the training rows only and fit every kind of model in
 *   {@link TrainingOptions#kinds()} on them.</li>
 *   <li>On the validation rows, choose each model's threshold by {@link OperatingPoint#choose} (highest recall on
 *   claims at precision &gt;= {@link TrainingOptions#minPrecision()}) and pick the model with the highest such
 *   recall; ties go to higher precision, then higher average precision, then the earlier (simpler) kind
 *   ({@link Candidate#beats}).</li>
 *   <li>Score the chosen model on the test rows once, and only it.</li>
 * </ol>
 * Everything random derives from {@link TrainingOptions#seed()}: the same data and options give the same model
 * and the same scores.
 */
public final class ClaimsTraining {

    /** Fewest labelled rows of each class that training accepts (each of the three parts needs both classes). */
    public static final int MIN_PER_CLASS = 10;

    private ClaimsTraining() {
    }

    /** Trains on a table loaded by {@link tiktokclaims.data.ClaimsData#load}. */
    public static TrainingResult train(Table data, TrainingOptions options) {
        return train(ClaimRecord.all(data), options);
    }

    /** Trains on records; those without a claim_status are left out. */
    public static TrainingResult train(List<ClaimRecord> records, TrainingOptions options) {
        List<ClaimRecord> labelled = new ArrayList<>();
        for (ClaimRecord r : records) {
            if (r.claimStatus() != null) {
                labelled.add(r);
            }
        }
        if (labelled.size() < 20) {
            throw new IllegalArgumentException("too few labelled rows to train and evaluate: " + labelled.size());
        }
        int[] y = labels(labelled);
        int claims = java.util.Arrays.stream(y).sum();
        if (claims < MIN_PER_CLASS || y.length - claims < MIN_PER_CLASS) {
            throw new IllegalArgumentException("needs at least " + MIN_PER_CLASS + " claims and " + MIN_PER_CLASS
                    + " opinions, found " + claims + " and " + (y.length - claims));
        }
        SplittableRandom seeds = new SplittableRandom(options.seed());
        StratifiedSplit outer = StratifiedSplit.split(y, 0.2, seeds.nextLong());
        int[] rest = outer.train();
        StratifiedSplit inner = StratifiedSplit.split(pick(y, rest), 0.25, seeds.nextLong());
        Splits splits = new Splits(pick(rest, inner.train()), pick(rest, inner.test()), outer.test());
        long modelSeed = seeds.nextLong();

        List<ClaimRecord> train = pick(labelled, splits.train());
        ClaimFeatures features = ClaimFeatures.fit(train, options.text());
        double[][] xTrain = features.matrix(train);
        int[] yTrain = pick(y, splits.train());
        double[][] xVal = features.matrix(pick(labelled, splits.validation()));
        int[] yVal = pick(y, splits.validation());

        List<Candidate> candidates = new ArrayList<>();
        Candidate best = null;
        ClaimClassifier bestModel = null;
        // The kinds are fitted side by side (each from its own seeded generators, so the order in which threads
        // run them changes nothing), then compared in the order of options.kinds().
        List<ClaimClassifier> models = options.kinds().parallelStream()
                .map(kind -> ClaimClassifier.fit(kind, xTrain, yTrain, options.models(), modelSeed)).toList();
        for (ClaimClassifier model : models) {
            ModelKind kind = model.kind();
            double[] p = probabilities(model, xVal);
            Candidate c = new Candidate(kind, RocCurve.of(yVal, p).auc(),
                    PrecisionRecallCurve.of(yVal, p).averagePrecision(),
                    OperatingPoint.choose(yVal, p, options.minPrecision()));
            candidates.add(c);
            if (best == null || c.beats(best)) {
                best = c;
                bestModel = model;
            }
        }
        ClaimsModel chosen = new ClaimsModel(features, bestModel, best.point().threshold(), best.point().rule(),
                options.seed());
        double[][] xTest = features.matrix(pick(labelled, splits.test()));
        double[] pTest = probabilities(bestModel, xTest);
        return new TrainingResult(options, labelled, splits, candidates, chosen, pick(y, splits.test()), pTest,
                new FeatureRows(xTrain, xVal, xTest));
    }

    /** The feature rows ({@link ClaimFeatures#matrix}) of the three parts, in the order of {@link Splits}. */
    record FeatureRows(double[][] train, double[][] validation, double[][] test) {
    }

    /**
     * Row indices (into the labelled rows, in input order) of the three parts.
     *
     * @param train      60 %: features and models are fitted here
     * @param validation 20 %: thresholds and the model are chosen here
     * @param test       20 %: the chosen model is scored here once
     */
    public record Splits(int[] train, int[] validation, int[] test) {
    }

    static double[] probabilities(ClaimClassifier model, double[][] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = model.probability(x[i]);
        }
        return p;
    }

    static int[] labels(List<ClaimRecord> records) {
        int[] y = new int[records.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = records.get(i).label();
        }
        return y;
    }

    static <T> List<T> pick(List<T> list, int[] rows) {
        List<T> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(list.get(r));
        }
        return out;
    }

    static int[] pick(int[] a, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = a[rows[i]];
        }
        return out;
    }
}
