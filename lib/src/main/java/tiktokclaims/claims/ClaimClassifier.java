package tiktokclaims.claims;

import java.io.Serializable;

/**
 * A fitted binary classifier over {@link ClaimFeatures} rows: the probability that a row is a claim, computed by
 * our own code from plain numbers (Smile only fits). Thread-safe for scoring. Saved as text inside a model folder
 * ({@link ModelText}); {@code Serializable} only so that a model in memory can be shipped by a framework such as
 * Spark, never to read model files.
 */
public interface ClaimClassifier extends Serializable {

    /** Which kind of model this is. */
    ModelKind kind();

    /** Probability (0..1) that the feature row {@code x} is a claim. */
    double probability(double[] x);

    /**
     * Importance of each feature column, same order as {@link ClaimFeatures#names()}: for the trees the
     * impurity-based importance (total Gini decrease for the forest, total loss reduction for boosting); for the
     * logistic regression the absolute coefficient on the standardised feature.
     */
    double[] importance();

    /**
     * Fits one model.
     *
     * @param x        feature rows (training set only)
     * @param y        1 for claim, 0 for opinion
     * @param settings hyper-parameters
     * @param seed     the only source of randomness
     */
    static ClaimClassifier fit(ModelKind kind, double[][] x, int[] y, ModelSettings settings, long seed) {
        return switch (kind) {
            case LOGISTIC_REGRESSION -> LogisticClassifier.fit(x, y, settings);
            case RANDOM_FOREST -> ForestClassifier.fit(x, y, settings, seed);
            case GRADIENT_BOOSTING -> BoostedClassifier.fit(x, y, settings, seed);
        };
    }
}
