package tiktokclaims.evaluate;

/** Fits a model on the training rows of one fold and scores it on the test rows. */
@FunctionalInterface
public interface FoldScorer {

    /**
     * Trains on {@code trainRows} and returns the metrics on {@code testRows} (row indices into the caller's data,
     * increasing, disjoint).
     */
    Metrics score(int[] trainRows, int[] testRows);
}
