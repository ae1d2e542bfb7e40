package tiktokclaims.claims;

import java.io.Serializable;

/**
 * Binary decision trees as plain arrays, and their evaluation: the form in which {@link ForestClassifier} and
 * {@link BoostedClassifier} keep and save their trees (no Smile object is needed to score).
 *
 * <p>The nodes of all trees are numbered in one sequence; tree {@code t} holds nodes {@code start[t]} to
 * {@code start[t + 1] - 1} in pre-order, so its root is {@code start[t]} and every child has a higher number than
 * its parent. Node {@code n} is a leaf when {@code feature[n] < 0}; otherwise a row {@code x} goes to
 * {@code left[n]} when {@code x[feature[n]] <= split[n]} and to {@code right[n]} otherwise (a NaN goes right), the
 * rule of Smile's ordinal splits. What a leaf predicts is kept by the classifier, in arrays indexed by node.
 *
 * <p>Written by hand: Smile's trees can only be saved by Java serialisation, which runs code named by the file.
 */
final class Trees implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] start;
    private final int[] feature;
    private final double[] split;
    private final int[] left;
    private final int[] right;

    /**
     * Arrays as described in the class comment, already checked ({@link ModelText} checks a loaded model, the
     * conversion from Smile builds them so).
     */
    Trees(int[] start, int[] feature, double[] split, int[] left, int[] right) {
        this.start = start;
        this.feature = feature;
        this.split = split;
        this.left = left;
        this.right = right;
    }

    /** Number of trees. */
    int count() {
        return start.length - 1;
    }

    /** Number of nodes over all trees. */
    int nodes() {
        return feature.length;
    }

    /** The leaf of tree {@code t} that row {@code x} falls into (a node number). */
    int leaf(int t, double[] x) {
        int n = start[t];
        while (feature[n] >= 0) {
            n = x[feature[n]] <= split[n] ? left[n] : right[n];
        }
        return n;
    }

    /** First node of tree {@code t} (its root); {@code start(count())} is the number of nodes. */
    int start(int t) {
        return start[t];
    }

    /** Split column of node {@code n}, or -1 for a leaf. */
    int feature(int n) {
        return feature[n];
    }

    /** Split value of node {@code n} (0 for a leaf). */
    double split(int n) {
        return split[n];
    }

    /** Node taken when {@code x[feature(n)] <= split(n)}. */
    int left(int n) {
        return left[n];
    }

    /** Node taken otherwise. */
    int right(int n) {
        return right[n];
    }
}
