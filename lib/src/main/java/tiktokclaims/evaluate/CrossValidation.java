package tiktokclaims.evaluate;

/** Stratified k-fold cross-validation of any model, through a {@link FoldScorer}. */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * Splits the rows with {@link StratifiedKFold#split(int[], int, long)} and calls {@code scorer} once per fold
     * (fold order), with the other folds' rows as training rows.
     */
    public static CrossValidationResult run(int[] y, int k, long seed, FoldScorer scorer) {
        int[][] folds = StratifiedKFold.split(y, k, seed);
        Metrics[] results = new Metrics[k];
        for (int f = 0; f < k; f++) {
            results[f] = scorer.score(Folds.complement(y.length, folds[f]), folds[f].clone());
            if (results[f] == null) {
                throw new IllegalStateException("fold scorer returned null for fold " + (f + 1));
            }
        }
        return new CrossValidationResult(results, seed);
    }
}
