package tiktokclaims.claims;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Random forest (soft voting over {@link ModelSettings#forestTrees()} trees). Each tree is grown on a bootstrap
 * sample of the training rows (n draws with replacement), on binned features ({@link Bins}: at most 255 bins per
 * feature, so the dense TF-IDF columns cost a histogram pass per node instead of a sort), trying
 * {@code floor(sqrt(p))} non-constant features per split (Gini decrease, {@link TreeGrower}), to depth
 * {@link ModelSettings#forestMaxDepth()} with leaves of at least {@link ModelSettings#forestNodeSize()} rows. A
 * tree's output is the share of claims in its leaf.
 *
 * <p>Reproducible and parallel: tree {@code t} draws everything random from its own generator, seeded with the
 * {@code t}-th value drawn from the training seed, so the forest is the same whichever thread grows which tree.
 *
 * <p>The probability is the mean of the trees' leaf values, summed in tree order and divided by the number of
 * trees; {@link ModelText} saves exactly these numbers, so a loaded forest gives the same bits.
 */
final class ForestClassifier implements ClaimClassifier {

    private static final long serialVersionUID = 2L;

    private final Tree[] trees;
    private final double[] importance;

    /**
     * @param trees      leaf values: share of claims in the leaf
     * @param importance per feature column: total Gini decrease over the trees
     */
    ForestClassifier(Tree[] trees, double[] importance) {
        this.trees = trees;
        this.importance = importance;
    }

    static ForestClassifier fit(double[][] x, int[] y, ModelSettings s, long seed) {
        int n = x.length;
        int p = x[0].length;
        int mtry = Math.max(1, (int) Math.floor(Math.sqrt(p)));
        Bins bins = Bins.fit(x);
        byte[][] binned = bins.binned(x);
        TreeGrower.Sparse sparse = TreeGrower.Sparse.of(binned);
        long[] seeds = new SplittableRandom(seed).longs(s.forestTrees()).toArray();
        TreeGrower.Grown[] grown = IntStream.range(0, seeds.length).parallel().mapToObj(t -> {
            SplittableRandom random = new SplittableRandom(seeds[t]);
            int[] c = new int[n];
            for (int i = 0; i < n; i++) {
                c[random.nextInt(n)]++;
            }
            double[] g = new double[n];
            double[] h = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                g[i] = c[i] * y[i];
                h[i] = c[i];
                m += c[i] > 0 ? 1 : 0;
            }
            int[] rows = new int[m];
            for (int i = 0, k = 0; i < n; i++) {
                if (c[i] > 0) {
                    rows[k++] = i;
                }
            }
            TreeGrower grower = new TreeGrower(binned, sparse, bins, s.forestMaxDepth(), Integer.MAX_VALUE,
                    s.forestNodeSize(), mtry, 0, true);
            return grower.grow(rows, g, h, c, 1.0, random);
        }).toArray(TreeGrower.Grown[]::new);
        Tree[] trees = new Tree[grown.length];
        double[] importance = new double[p];
        for (int t = 0; t < grown.length; t++) {
            trees[t] = grown[t].tree();
            for (int j = 0; j < p; j++) {
                importance[j] += grown[t].importance()[j];
            }
        }
        return new ForestClassifier(trees, importance);
    }

    /** The trees, in order (leaf values: share of claims); the forest's probability is their mean. */
    public List<Tree> trees() {
        return List.of(trees);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.RANDOM_FOREST;
    }

    @Override
    public double probability(double[] x) {
        double sum = 0;
        for (Tree t : trees) {
            sum += t.predict(x);
        }
        return sum / trees.length;
    }

    @Override
    public double[] importance() {
        return importance.clone();
    }
}
