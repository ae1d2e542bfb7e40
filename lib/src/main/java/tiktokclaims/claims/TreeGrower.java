package tiktokclaims.claims;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Grows one {@link Tree} on binned features ({@link Bins}) by histograms: the rows of a node are counted into one
 * histogram per feature (sums of the rows' {@code g}, {@code h} and multiplicity {@code c} per bin), and the best
 * split of the feature is found by one pass over its bins.
 *
 * <p>One criterion serves both ensembles. Split gain {@code G_L²/H_L + G_R²/H_R - G²/H}, leaf value
 * {@code scale * G/H}: with {@code g = c·y} and {@code h = c} (random forest: {@code y} in {0, 1}, {@code c} the
 * bootstrap count) the gain is the decrease of the summed squared error, i.e. half the decrease of the Gini
 * impurity times the rows, and the leaf value the share of claims; with {@code g = y - p} and {@code h = p(1-p)}
 * (gradient boosting with log-loss) the gain is the second-order loss decrease and the leaf value the Newton
 * step.
 *
 * <p>Growth is best first (the leaf with the largest gain is split next) until {@code maxLeaves}; a node at depth
 * {@code maxDepth} stays a leaf; both children of a split need {@code minLeaf} rows (counted with multiplicity) and
 * a hessian sum of at least {@code minHessian}. At each node the features are tried in a random order drawn from
 * {@code random} until {@code mtry} features that are not constant in the node have been tried (all features when
 * {@code mtry >= p}, then in column order and without drawing). Ties: the earlier feature tried, then the lower
 * bin. Everything is deterministic given the inputs and the random generator's state.
 *
 * <p>Not thread-safe (scratch space); use one grower per thread.
 */
final class TreeGrower {

    private final byte[][] bins;
    private final Bins edges;
    private final int p;
    private final int maxDepth;
    private final int maxLeaves;
    private final int minLeaf;
    private final int mtry;
    private final double minHessian;
    private final boolean classCounts;
    private final boolean all;
    private final int[] offset;
    private final double[] scratch = new double[3 * Bins.MAX_BINS];
    private final int[] order;
    /** Per feature: the rows whose bin is not {@link #common}'s, when they are few (else null). */
    private final int[][] others;
    /** Per feature: its most frequent bin over all rows. */
    private final int[] common;
    /** Per row: the node of the leaf that holds it while a tree grows, -1 outside the tree's rows. */
    private final int[] leafOf;

    /** The grown tree and, per node, the bin a row must not exceed to go left (for predicting on bins). */
    record Grown(Tree tree, int[] splitBin, double[] importance) {

        /** The tree's output for training row {@code i}, read from the bins. */
        double predict(byte[][] bins, int i) {
            return tree.predictBinned(bins, i, splitBin);
        }
    }

    /**
     * @param classCounts true when {@code g = c·y} and {@code h = c} (a forest): a node with one class only is
     *                    not searched
     */
    TreeGrower(byte[][] bins, Sparse sparse, Bins edges, int maxDepth, int maxLeaves, int minLeaf, int mtry,
               double minHessian, boolean classCounts) {
        this.classCounts = classCounts;
        this.bins = bins;
        this.edges = edges;
        this.p = bins.length;
        this.maxDepth = maxDepth;
        this.maxLeaves = maxLeaves;
        this.minLeaf = Math.max(1, minLeaf);
        this.mtry = Math.min(Math.max(1, mtry), p);
        this.minHessian = minHessian;
        this.all = this.mtry == p;
        this.offset = new int[p + 1];
        for (int j = 0; j < p; j++) {
            offset[j + 1] = offset[j] + 3 * edges.count(j);
        }
        this.others = sparse.others;
        this.common = sparse.common;
        this.leafOf = new int[p == 0 ? 0 : bins[0].length];
        this.order = new int[p];
        for (int j = 0; j < p; j++) {
            order[j] = j;
        }
    }

    /**
     * Per feature of binned columns: its most frequent bin and, when fewer than a quarter of the rows are
     * elsewhere, those rows (else null). Computed once per data set, shared by the growers of all trees.
     */
    record Sparse(int[] common, int[][] others) {

        static Sparse of(byte[][] bins) {
            int p = bins.length;
            int n = p == 0 ? 0 : bins[0].length;
            int[][] others = new int[p][];
            int[] common = new int[p];
            int[] count = new int[Bins.MAX_BINS];
            for (int j = 0; j < p; j++) {
                Arrays.fill(count, 0);
                for (byte b : bins[j]) {
                    count[b & 0xFF]++;
                }
                int mode = 0;
                for (int b = 1; b < count.length; b++) {
                    mode = count[b] > count[mode] ? b : mode;
                }
                common[j] = mode;
                if (n - count[mode] < n / 4) {
                    int[] rest = new int[n - count[mode]];
                    for (int i = 0, k = 0; i < n; i++) {
                        if ((bins[j][i] & 0xFF) != mode) {
                            rest[k++] = i;
                        }
                    }
                    others[j] = rest;
                }
            }
            return new Sparse(common, others);
        }
    }

    /** A leaf waiting to be split: its node, rows {@code rows[lo, hi)}, depth, sums and best split. */
    private static final class Leaf {
        final int node;
        final int lo;
        final int hi;
        final int depth;
        final double g;
        final double h;
        final int c;
        int feature = -1;
        int bin;
        double gain;
        double gl;
        double hl;
        int cl;
        double[] hist;

        Leaf(int node, int lo, int hi, int depth, double g, double h, int c) {
            this.node = node;
            this.lo = lo;
            this.hi = hi;
            this.depth = depth;
            this.g = g;
            this.h = h;
            this.c = c;
        }
    }

    /**
     * Grows a tree on the rows {@code rows} (distinct row indices, reordered in place) with per-row {@code g},
     * {@code h}, {@code c} (indexed by row).
     *
     * @param scale  multiplies every leaf value (the learning rate for boosting, 1 for a forest)
     * @param random draws the features tried at each node when {@code mtry < p}; may be null otherwise
     */
    Grown grow(int[] rows, double[] g, double[] h, int[] c, double scale, SplittableRandom random) {
        Nodes nodes = new Nodes();
        double[] importance = new double[p];
        double sg = 0;
        double sh = 0;
        int sc = 0;
        for (int r : rows) {
            sg += g[r];
            sh += h[r];
            sc += c[r];
        }
        PriorityQueue<Leaf> queue = new PriorityQueue<>((a, b) -> a.gain != b.gain
                ? Double.compare(b.gain, a.gain) : Integer.compare(a.node, b.node));
        Leaf root = new Leaf(nodes.add(value(sg, sh, scale)), 0, rows.length, 0, sg, sh, sc);
        Arrays.fill(leafOf, -1);
        for (int r : rows) {
            leafOf[r] = root.node;
        }
        if (maxLeaves > 1 && splittable(root)) {
            if (all) {
                root.hist = histograms(rows, root, g, h, c);
            }
            findSplit(root, rows, g, h, c, random);
        }
        if (root.feature >= 0) {
            queue.add(root);
        }
        int leaves = 1;
        while (!queue.isEmpty() && leaves < maxLeaves) {
            Leaf s = queue.poll();
            int mid = partition(rows, s.lo, s.hi, bins[s.feature], s.bin);
            Leaf left = new Leaf(nodes.add(value(s.gl, s.hl, scale)), s.lo, mid, s.depth + 1, s.gl, s.hl, s.cl);
            Leaf right = new Leaf(nodes.add(value(s.g - s.gl, s.h - s.hl, scale)), mid, s.hi, s.depth + 1,
                    s.g - s.gl, s.h - s.hl, s.c - s.cl);
            nodes.split(s.node, s.feature, edges.edge(s.feature, s.bin), s.bin, left.node, right.node);
            for (int i = s.lo; i < s.hi; i++) {
                leafOf[rows[i]] = i < mid ? left.node : right.node;
            }
            importance[s.feature] += s.gain;
            leaves++;
            if (leaves == maxLeaves) {
                break; // no further split: the children's splits are not needed
            }
            if (all) {
                childHistograms(s, left, right, rows, g, h, c);
            }
            for (Leaf child : new Leaf[] {left, right}) {
                if (splittable(child)) {
                    findSplit(child, rows, g, h, c, random);
                }
                if (child.feature >= 0) {
                    queue.add(child);
                }
            }
        }
        return nodes.build(importance);
    }

    private static double value(double g, double h, double scale) {
        return h > 0 ? scale * g / h : 0;
    }

    private boolean splittable(Leaf leaf) {
        if (leaf.depth >= maxDepth || leaf.c < 2 * minLeaf) {
            return false;
        }
        // a forest's pure node: g = c·y sums to 0 (no claim) or to c (only claims)
        return !(classCounts && (leaf.g == 0 || leaf.g == leaf.c));
    }

    /**
     * The histograms of both children of {@code parent} (when all features are tried): the smaller child's are
     * counted from its rows, the larger's are the parent's minus the smaller's; only those a child needs.
     */
    private void childHistograms(Leaf parent, Leaf left, Leaf right, int[] rows, double[] g, double[] h,
                                 int[] c) {
        boolean leftSmaller = left.hi - left.lo <= right.hi - right.lo;
        Leaf small = leftSmaller ? left : right;
        Leaf large = leftSmaller ? right : left;
        if (splittable(large)) {
            small.hist = histograms(rows, small, g, h, c);
            double[] hist = parent.hist;
            double[] sub = small.hist;
            for (int k = 0; k < hist.length; k++) {
                hist[k] -= sub[k];
            }
            large.hist = hist;
        } else if (splittable(small)) {
            small.hist = histograms(rows, small, g, h, c);
        }
        parent.hist = null;
    }

    /** All features' histograms of a leaf's rows: per feature and bin, the sums of g, h and c. */
    private double[] histograms(int[] rows, Leaf leaf, double[] g, double[] h, int[] c) {
        double[] hist = new double[offset[p]];
        for (int j = 0; j < p; j++) {
            fill(hist, offset[j], j, rows, leaf, g, h, c);
        }
        return hist;
    }

    /**
     * Adds feature {@code j}'s histogram of a leaf's rows into {@code hist[off..]} (zero there before). When the
     * feature has few rows outside its most common bin (a sparse TF-IDF column: most transcripts lack the term)
     * and they are fewer than the leaf's rows, only those rows are visited and the common bin gets the leaf's
     * totals minus the rest.
     */
    private void fill(double[] hist, int off, int j, int[] rows, Leaf leaf, double[] g, double[] h, int[] c) {
        int[] rest = others[j];
        if (rest == null || rest.length >= leaf.hi - leaf.lo) {
            fill(hist, off, bins[j], rows, leaf.lo, leaf.hi, g, h, c);
            return;
        }
        byte[] bj = bins[j];
        int id = leaf.node;
        double sg = 0;
        double sh = 0;
        int sc = 0;
        for (int r : rest) {
            if (leafOf[r] == id) {
                int k = off + 3 * (bj[r] & 0xFF);
                hist[k] += g[r];
                hist[k + 1] += h[r];
                hist[k + 2] += c[r];
                sg += g[r];
                sh += h[r];
                sc += c[r];
            }
        }
        int k = off + 3 * common[j];
        hist[k] += leaf.g - sg;
        hist[k + 1] += leaf.h - sh;
        hist[k + 2] += leaf.c - sc;
    }

    private static void fill(double[] hist, int off, byte[] bj, int[] rows, int lo, int hi, double[] g,
                             double[] h, int[] c) {
        for (int i = lo; i < hi; i++) {
            int r = rows[i];
            int k = off + 3 * (bj[r] & 0xFF);
            hist[k] += g[r];
            hist[k + 1] += h[r];
            hist[k + 2] += c[r];
        }
    }

    private void findSplit(Leaf leaf, int[] rows, double[] g, double[] h, int[] c, SplittableRandom random) {
        double parent = leaf.g * leaf.g / leaf.h;
        leaf.gain = 1e-12 * Math.max(1, Math.abs(parent)); // a split must beat this
        if (all) {
            for (int j = 0; j < p; j++) {
                scan(leaf, j, leaf.hist, offset[j], parent);
            }
            return;
        }
        int tried = 0;
        for (int k = 0; k < p && tried < mtry; k++) {
            int swap = k + random.nextInt(p - k);
            int t = order[k];
            order[k] = order[swap];
            order[swap] = t;
            int j = order[k];
            int nb = edges.count(j);
            if (nb < 2) {
                continue;
            }
            Arrays.fill(scratch, 0, 3 * nb, 0);
            fill(scratch, 0, j, rows, leaf, g, h, c);
            if (scan(leaf, j, scratch, 0, parent)) {
                tried++;
            }
        }
    }

    /**
     * Looks for a better split of {@code leaf} on feature {@code j} in its histogram at {@code hist[off..]};
     * false when the feature is constant in the leaf (it then does not count as tried).
     */
    private boolean scan(Leaf leaf, int j, double[] hist, int off, double parent) {
        int nb = edges.count(j);
        int used = 0;
        for (int b = 0; b < nb && used < 2; b++) {
            if (hist[off + 3 * b + 2] > 0) {
                used++;
            }
        }
        if (used < 2) {
            return false;
        }
        double gl = 0;
        double hl = 0;
        int cl = 0;
        for (int b = 0; b < nb - 1; b++) {
            int k = off + 3 * b;
            gl += hist[k];
            hl += hist[k + 1];
            cl += (int) hist[k + 2];
            int cr = leaf.c - cl;
            if (cl < minLeaf) {
                continue;
            }
            if (cr < minLeaf) {
                break;
            }
            double hr = leaf.h - hl;
            if (hl < minHessian || hr < minHessian) {
                continue;
            }
            double gr = leaf.g - gl;
            double gain = gl * gl / hl + gr * gr / hr - parent;
            if (gain > leaf.gain) {
                leaf.gain = gain;
                leaf.feature = j;
                leaf.bin = b;
                leaf.gl = gl;
                leaf.hl = hl;
                leaf.cl = cl;
            }
        }
        return true;
    }

    /** Moves the rows of [lo, hi) with bin &lt;= b in front (order otherwise kept); returns the boundary. */
    private static int partition(int[] rows, int lo, int hi, byte[] bj, int b) {
        int[] tail = new int[hi - lo];
        int m = lo;
        int t = 0;
        for (int i = lo; i < hi; i++) {
            int r = rows[i];
            if ((bj[r] & 0xFF) <= b) {
                rows[m++] = r;
            } else {
                tail[t++] = r;
            }
        }
        System.arraycopy(tail, 0, rows, m, t);
        return m;
    }

    /** Growing node arrays. */
    private static final class Nodes {
        private int n;
        private int[] feature = new int[16];
        private double[] threshold = new double[16];
        private int[] splitBin = new int[16];
        private int[] left = new int[16];
        private int[] right = new int[16];
        private double[] value = new double[16];

        int add(double v) {
            if (n == feature.length) {
                int cap = 2 * n;
                feature = Arrays.copyOf(feature, cap);
                threshold = Arrays.copyOf(threshold, cap);
                splitBin = Arrays.copyOf(splitBin, cap);
                left = Arrays.copyOf(left, cap);
                right = Arrays.copyOf(right, cap);
                value = Arrays.copyOf(value, cap);
            }
            feature[n] = -1;
            left[n] = -1;
            right[n] = -1;
            value[n] = v;
            return n++;
        }

        void split(int k, int f, double t, int bin, int l, int r) {
            feature[k] = f;
            threshold[k] = t;
            splitBin[k] = bin;
            left[k] = l;
            right[k] = r;
        }

        Grown build(double[] importance) {
            Tree tree = Tree.of(Arrays.copyOf(feature, n), Arrays.copyOf(threshold, n), Arrays.copyOf(left, n),
                    Arrays.copyOf(right, n), Arrays.copyOf(value, n));
            return new Grown(tree, Arrays.copyOf(splitBin, n), importance);
        }
    }
}
