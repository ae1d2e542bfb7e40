package tiktokclaims.claims;

import java.util.Arrays;

/**
 * Every feature's training values cut into at most {@link #MAX_BINS} ordered bins, the way histogram tree learners
 * (scikit-learn's {@code HistGradientBoostingClassifier}, LightGBM) see their data: a split then tries each bin
 * boundary instead of each distinct value, and the rows of a node are counted into a histogram per feature
 * instead of being sorted.
 *
 * <p>Boundaries of feature {@code j}: with at most {@link #MAX_BINS} distinct training values, the midpoints
 * between consecutive distinct values (so every distinct value has its own bin and a split can separate any two
 * of them); with more, the midpoints at {@code MAX_BINS - 1} evenly spaced quantiles of the distinct-value
 * positions in the sorted column. Bin {@code b} holds the values {@code v} with {@code edge[b-1] < v <= edge[b]};
 * the last bin has no upper edge. A split "bin &lt;= b" is therefore the split {@code x <= edge[b]} on raw
 * values, which is what a fitted {@link Tree} stores.
 */
final class Bins {

    /** Most bins per feature (bin numbers fit in an unsigned byte). */
    static final int MAX_BINS = 255;

    private final double[][] edges;

    private Bins(double[][] edges) {
        this.edges = edges;
    }

    /** Learns the boundaries from training rows {@code x[i][j]} (finite values). */
    static Bins fit(double[][] x) {
        int p = x[0].length;
        double[][] edges = new double[p][];
        double[] column = new double[x.length];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < x.length; i++) {
                column[i] = x[i][j];
            }
            edges[j] = edges(column.clone());
        }
        return new Bins(edges);
    }

    private static double[] edges(double[] v) {
        Arrays.sort(v);
        int d = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[d - 1]) {
                v[d++] = v[i];
            }
        }
        if (d <= MAX_BINS) {
            double[] e = new double[Math.max(0, d - 1)];
            for (int k = 0; k < e.length; k++) {
                e[k] = midpoint(v[k], v[k + 1]);
            }
            return e;
        }
        double[] e = new double[MAX_BINS - 1];
        int m = 0;
        for (int k = 1; k < MAX_BINS; k++) {
            int at = (int) ((long) k * d / MAX_BINS);
            double cut = midpoint(v[at - 1], v[at]);
            if (m == 0 || cut > e[m - 1]) {
                e[m++] = cut;
            }
        }
        return Arrays.copyOf(e, m);
    }

    /** A value strictly between a and b (a &lt; b), the midpoint unless rounding lands it on b. */
    private static double midpoint(double a, double b) {
        double mid = a + (b - a) / 2;
        return mid < b ? mid : a;
    }

    /** Number of features. */
    int features() {
        return edges.length;
    }

    /** Number of bins of feature {@code j} (1 for a constant feature). */
    int count(int j) {
        return edges[j].length + 1;
    }

    /** The upper edge of bin {@code b} of feature {@code j} (a split threshold on raw values). */
    double edge(int j, int b) {
        return edges[j][b];
    }

    /** The bin of value {@code v} of feature {@code j}: the first bin whose upper edge is &gt;= v. */
    int bin(int j, double v) {
        double[] e = edges[j];
        int lo = 0;
        int hi = e.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The bins of rows {@code x}, feature-major: {@code out[j][i]} is the bin of {@code x[i][j]} (unsigned). */
    byte[][] binned(double[][] x) {
        byte[][] out = new byte[edges.length][x.length];
        for (int j = 0; j < edges.length; j++) {
            byte[] oj = out[j];
            for (int i = 0; i < x.length; i++) {
                oj[i] = (byte) bin(j, x[i][j]);
            }
        }
        return out;
    }
}
