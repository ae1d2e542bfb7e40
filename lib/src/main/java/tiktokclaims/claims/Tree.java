package tiktokclaims.claims;

import java.io.Serializable;

/**
 * A fitted binary decision tree as plain arrays, one entry per node, the root at 0. Node {@code k} is a leaf when
 * {@code feature(k) < 0}; otherwise a row {@code x} goes to {@code left(k)} when
 * {@code x[feature(k)] <= threshold(k)} and to {@code right(k)} when not. A leaf's {@code value(k)} is the tree's
 * output: the share of claims among the training rows in the leaf (random forest), or the leaf's additive step
 * on the log-odds scale, learning rate included (gradient boosting). These arrays are the whole model: a model
 * file can store them as they are, and {@link #of} rebuilds the tree from them.
 */
public final class Tree implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;

    private Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
    }

    /**
     * A tree from its node arrays (all of the same length, at least 1), checked: every child index points to a
     * later node, so every path ends at a leaf.
     */
    public static Tree of(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        int n = feature.length;
        if (n == 0 || threshold.length != n || left.length != n || right.length != n || value.length != n) {
            throw new IllegalArgumentException("node arrays must have the same length, at least 1");
        }
        for (int k = 0; k < n; k++) {
            if (feature[k] >= 0 && (left[k] <= k || right[k] <= k || left[k] >= n || right[k] >= n)) {
                throw new IllegalArgumentException("node " + k + " has a child index out of order");
            }
        }
        return new Tree(feature.clone(), threshold.clone(), left.clone(), right.clone(), value.clone());
    }

    /** The output of the leaf that row {@code x} reaches. */
    public double predict(double[] x) {
        int k = 0;
        while (feature[k] >= 0) {
            k = x[feature[k]] <= threshold[k] ? left[k] : right[k];
        }
        return value[k];
    }

    /** {@link #predict} for training row {@code i} of binned features: left when its bin is at most the node's. */
    double predictBinned(byte[][] bins, int i, int[] splitBin) {
        int k = 0;
        while (feature[k] >= 0) {
            k = (bins[feature[k]][i] & 0xFF) <= splitBin[k] ? left[k] : right[k];
        }
        return value[k];
    }

    /** Number of nodes (leaves included). */
    public int nodes() {
        return feature.length;
    }

    /** Split feature of every node, -1 for a leaf. */
    public int[] feature() {
        return feature.clone();
    }

    /** Split threshold of every node (unused for leaves). */
    public double[] threshold() {
        return threshold.clone();
    }

    /** Left child (x &lt;= threshold) of every node, -1 for a leaf. */
    public int[] left() {
        return left.clone();
    }

    /** Right child of every node, -1 for a leaf. */
    public int[] right() {
        return right.clone();
    }

    /** Output of every node (a leaf's value; for an internal node the value it would have as a leaf). */
    public double[] value() {
        return value.clone();
    }
}
