package tiktokclaims.evaluate;

import java.util.Arrays;

/**
 * A stratified, seeded train/test split of row indices: each class is shuffled with the seed and the same share
 * of it goes to the test set. The test set has {@code ceil(testFraction * n)} rows (as scikit-learn's
 * {@code train_test_split}); per-class test counts are {@code n_c * nTest / n} rounded by largest remainder, so each
 * is within one row of its exact share. Indices are returned in increasing order.
 *
 * <p>Written by hand: Smile's splitters draw from its one shared generator, so a split depends on what ran before;
 * ours take an explicit seed (same seed, same rows).
 */
public final class StratifiedSplit {

    private final int[] train;
    private final int[] test;

    private StratifiedSplit(int[] train, int[] test) {
        this.train = train;
        this.test = test;
    }

    /** Splits rows with 0/1 labels {@code y}; {@code testFraction} in (0, 1). Same seed, same split. */
    public static StratifiedSplit split(int[] y, double testFraction, long seed) {
        Checks.labels("y", y);
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        int n = y.length;
        int nTest = (int) Math.ceil(testFraction * n);
        if (nTest >= n) {
            throw new IllegalArgumentException("test fraction " + testFraction + " leaves no training rows");
        }
        int[][] byClass = Folds.shuffledByClass(y, seed);
        long[] quota = new long[2];
        long[] remainder = new long[2];
        for (int c = 0; c < 2; c++) {
            long share = (long) byClass[c].length * nTest;
            quota[c] = share / n;
            remainder[c] = share % n;
        }
        if (quota[0] + quota[1] < nTest) {
            quota[remainder[1] > remainder[0] ? 1 : 0]++;
        }
        int[] test = new int[nTest];
        int[] train = new int[n - nTest];
        int it = 0;
        int ir = 0;
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < byClass[c].length; j++) {
                if (j < quota[c]) {
                    test[it++] = byClass[c][j];
                } else {
                    train[ir++] = byClass[c][j];
                }
            }
        }
        Arrays.sort(test);
        Arrays.sort(train);
        return new StratifiedSplit(train, test);
    }

    /** Training row indices, increasing. */
    public int[] train() {
        return train.clone();
    }

    /** Test row indices, increasing. */
    public int[] test() {
        return test.clone();
    }

    @Override
    public String toString() {
        return "stratified split: " + train.length + " train rows, " + test.length + " test rows";
    }
}
