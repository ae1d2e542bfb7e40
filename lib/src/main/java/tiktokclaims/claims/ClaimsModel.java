package tiktokclaims.claims;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A trained claim-vs-opinion classifier, ready to score: the feature pipeline learned on the training rows
 * ({@link ClaimFeatures}: vocabulary, idf, imputation medians), the fitted {@link ClaimClassifier}, and the
 * decision threshold chosen on the validation rows. A row is predicted {@code claim} when its probability is
 * {@code >= threshold()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimsModel m = ClaimsModel.load(Path.of("models/claims"));
 * double p = m.probability(ClaimRecord.of(table, 0));
 * String label = m.label(p);                  // "claim" or "opinion"
 * }</pre>
 */
public final class ClaimsModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ClaimFeatures features;
    private final ClaimClassifier classifier;
    private final double threshold;
    private final String thresholdRule;
    private final long seed;

    /**
     * @param threshold     probability at or above which a row is called a claim
     * @param thresholdRule how the threshold was chosen, in words
     * @param seed          the training seed (for the record)
     */
    public ClaimsModel(ClaimFeatures features, ClaimClassifier classifier, double threshold, String thresholdRule,
                       long seed) {
        this.features = features;
        this.classifier = classifier;
        this.threshold = threshold;
        this.thresholdRule = thresholdRule;
        this.seed = seed;
    }

    /**
     * Reads a model saved by {@link #save}: two text files parsed by our own code, nothing deserialised (see
     * {@link ModelFiles}); a corrupt model, anything that is not a model, or one of another format version is an
     * {@link tiktokclaims.data.InputException} (one line).
     */
    public static ClaimsModel load(Path dir) {
        return ModelFiles.load(dir);
    }

    /**
     * Saves the model into folder {@code dir}, created, or replaced as a whole when it is a model folder (see
     * {@link ModelFiles}); a folder holding anything else is refused.
     */
    public void save(Path dir) {
        ModelFiles.save(this, dir);
    }

    /** Probability (0..1) that the record is a claim. Missing fields are imputed (see {@link ClaimFeatures}). */
    public double probability(ClaimRecord r) {
        return classifier.probability(features.row(r));
    }

    /** Probabilities of many records, in order. */
    public double[] probabilities(List<ClaimRecord> records) {
        double[] p = new double[records.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = probability(records.get(i));
        }
        return p;
    }

    /** Probabilities of every row of a table loaded by {@link tiktokclaims.data.ClaimsData#load}, in order. */
    public double[] probabilities(Table data) {
        return probabilities(ClaimRecord.all(data));
    }

    /** Whether a probability is a claim by this model's threshold ({@code p >= threshold()}). */
    public boolean isClaim(double probability) {
        return probability >= threshold;
    }

    /** {@code claim} or {@code opinion} for a probability. */
    public String label(double probability) {
        return isClaim(probability) ? "claim" : "opinion";
    }

    /** The decision threshold on the claim probability. */
    public double threshold() {
        return threshold;
    }

    /** How the threshold was chosen, in words. */
    public String thresholdRule() {
        return thresholdRule;
    }

    /** Which kind of classifier this is. */
    public ModelKind kind() {
        return classifier.kind();
    }

    /** The feature pipeline (vocabulary, medians, column names). */
    public ClaimFeatures features() {
        return features;
    }

    /** The fitted classifier. */
    public ClaimClassifier classifier() {
        return classifier;
    }

    /** The seed it was trained with. */
    public long seed() {
        return seed;
    }

    /**
     * Feature importance, most important first: columns {@code rank}, {@code feature}, {@code importance} (see
     * {@link ClaimClassifier#importance()} for what the number means for each kind of model) and {@code share}
     * (importance over the total).
     */
    public Table featureImportance() {
        List<String> names = features.names();
        double[] imp = classifier.importance();
        double total = Arrays.stream(imp).sum();
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < imp.length; j++) {
            order.add(j);
        }
        order.sort(Comparator.<Integer>comparingDouble(j -> -imp[j]).thenComparing(names::get));
        Table t = Table.create("Feature importance (" + kind() + ")");
        IntColumn rank = IntColumn.create("rank");
        StringColumn name = StringColumn.create("feature");
        DoubleColumn value = DoubleColumn.create("importance");
        DoubleColumn share = DoubleColumn.create("share");
        for (int k = 0; k < order.size(); k++) {
            int j = order.get(k);
            rank.append(k + 1);
            name.append(names.get(j));
            value.append(imp[j]);
            share.append(total > 0 ? imp[j] / total : 0);
        }
        return t.addColumns(rank, name, value, share);
    }

    /**
     * The share of the total importance carried by the transcript terms together: the sum of {@code share} over
     * the {@code text: TERM} rows of {@link #featureImportance()} (the video and account features carry the rest).
     */
    public double textShare() {
        Table imp = featureImportance();
        double sum = 0;
        for (int r = 0; r < imp.rowCount(); r++) {
            if (imp.stringColumn("feature").get(r).startsWith(ClaimFeatures.TEXT_PREFIX)) {
                sum += imp.doubleColumn("share").get(r);
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return kind() + " on " + features.size() + " features (" + features.text().size()
                + " text terms), claim when probability >= " + threshold;
    }
}
