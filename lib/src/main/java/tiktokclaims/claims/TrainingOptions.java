package tiktokclaims.claims;

import java.util.List;
import tiktokclaims.text.TextVectorizer;

/**
 * Settings of {@link ClaimsTraining#train}.
 *
 * @param seed         the only source of randomness: the splits and every model's seeds derive from it
 * @param text         n-gram vectorizer settings
 * @param models       classifier hyper-parameters
 * @param minPrecision the validation precision a threshold must reach (see {@link OperatingPoint})
 * @param kinds        the classifiers to compare, in tie-break order (earlier wins a tie)
 */
public record TrainingOptions(long seed, TextVectorizer.Options text, ModelSettings models, double minPrecision,
                              List<ModelKind> kinds) {

    /** Default seed. */
    public static final long DEFAULT_SEED = 42;

    public TrainingOptions {
        if (!(minPrecision > 0 && minPrecision <= 1)) {
            throw new IllegalArgumentException("minPrecision must be in (0, 1], got " + minPrecision);
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("at least one kind of model is needed");
        }
        kinds = List.copyOf(kinds);
    }

    /**
     * Seed 42; words and word pairs (min document frequency 5, at most 100 terms, TF-IDF); default models;
     * precision at least 0.99; logistic regression, random forest, gradient-boosted trees.
     */
    public static TrainingOptions defaults() {
        return new TrainingOptions(DEFAULT_SEED, TextVectorizer.Options.defaults(), ModelSettings.defaults(), 0.99,
                List.of(ModelKind.values()));
    }

    /** The same settings with another seed. */
    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(newSeed, text, models, minPrecision, kinds);
    }

    /** The same settings with other kinds of model. */
    public TrainingOptions withKinds(List<ModelKind> newKinds) {
        return new TrainingOptions(seed, text, models, minPrecision, newKinds);
    }

    /** The same settings with other hyper-parameters. */
    public TrainingOptions withModels(ModelSettings newModels) {
        return new TrainingOptions(seed, text, newModels, minPrecision, kinds);
    }
}
