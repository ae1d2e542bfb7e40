package tiktokclaims.claims;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gradient-boosted trees with log-loss (as scikit-learn's {@code HistGradientBoostingClassifier}): the log-odds
 * start at the training share of claims; each of {@link ModelSettings#boostTrees()} rounds fits a tree
 * ({@link TreeGrower}, best first, at most {@link ModelSettings#boostMaxNodes()} leaves and depth
 * {@link ModelSettings#boostMaxDepth()}, leaves of 5+ rows) to the gradient {@code y - p} and hessian
 * {@code p(1 - p)} of a random {@link ModelSettings#boostSubsample()} share of the rows (drawn without
 * replacement), with Newton leaf values times {@link ModelSettings#boostShrinkage()}. Features are binned
 * ({@link Bins}). The row samples come from one generator seeded with the training seed: same seed, same model.
 */
final class BoostedClassifier implements ClaimClassifier {

    private static final long serialVersionUID = 2L;
    private static final int MIN_LEAF = 5;
    private static final double MIN_HESSIAN = 1e-3;

    private final double intercept;
    private final double shrinkage;
    private final Tree[] trees;
    private final double[] importance;

    /**
     * @param intercept  the log-odds every row starts from
     * @param shrinkage  the learning rate, already multiplied into every leaf value (kept to describe the model)
     * @param trees      leaf values: steps on the log-odds scale, shrinkage included
     * @param importance per feature column: total gain over the trees
     */
    BoostedClassifier(double intercept, double shrinkage, Tree[] trees, double[] importance) {
        this.intercept = intercept;
        this.shrinkage = shrinkage;
        this.trees = trees;
        this.importance = importance;
    }

    static BoostedClassifier fit(double[][] x, int[] y, ModelSettings s, long seed) {
        int n = x.length;
        int p = x[0].length;
        Bins bins = Bins.fit(x);
        byte[][] binned = bins.binned(x);
        int claims = Arrays.stream(y).sum();
        double share = Math.min(Math.max((double) claims / n, 1e-6), 1 - 1e-6);
        double intercept = Math.log(share / (1 - share));
        double[] f = new double[n];
        Arrays.fill(f, intercept);
        double[] g = new double[n];
        double[] h = new double[n];
        int[] c = new int[n];
        Arrays.fill(c, 1);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int m = Math.max(1, (int) Math.round(s.boostSubsample() * n));
        int[] rows = new int[m];
        boolean[] drawn = new boolean[n];
        SplittableRandom random = new SplittableRandom(seed);
        TreeGrower grower = new TreeGrower(binned, TreeGrower.Sparse.of(binned), bins, s.boostMaxDepth(), s.boostMaxNodes(), MIN_LEAF, p,
                MIN_HESSIAN, false);
        Tree[] trees = new Tree[s.boostTrees()];
        double[] importance = new double[p];
        for (int t = 0; t < trees.length; t++) {
            for (int i = 0; i < n; i++) {
                double pi = 1 / (1 + Math.exp(-f[i]));
                g[i] = y[i] - pi;
                h[i] = pi * (1 - pi);
            }
            for (int k = 0; k < m; k++) {
                int swap = k + random.nextInt(n - k);
                int tmp = perm[k];
                perm[k] = perm[swap];
                perm[swap] = tmp;
            }
            // the drawn rows in ascending order (as sorting them would give), by marking them
            for (int k = 0; k < m; k++) {
                drawn[perm[k]] = true;
            }
            for (int i = 0, k = 0; i < n; i++) {
                if (drawn[i]) {
                    rows[k++] = i;
                    drawn[i] = false;
                }
            }
            TreeGrower.Grown grown = grower.grow(rows, g, h, c, s.boostShrinkage(), null);
            trees[t] = grown.tree();
            for (int j = 0; j < p; j++) {
                importance[j] += grown.importance()[j];
            }
            for (int i = 0; i < n; i++) {
                f[i] += grown.predict(binned, i);
            }
        }
        return new BoostedClassifier(intercept, s.boostShrinkage(), trees, importance);
    }

    /** The log-odds every row starts from (the training share of claims). */
    public double intercept() {
        return intercept;
    }

    /** The learning rate the leaf values were multiplied by when the trees were grown (not applied again). */
    public double shrinkage() {
        return shrinkage;
    }

    /** The trees, in order (leaf values: steps on the log-odds scale); the probability is the logistic of
     * {@link #intercept()} plus their sum. */
    public List<Tree> trees() {
        return List.of(trees);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GRADIENT_BOOSTING;
    }

    @Override
    public double probability(double[] x) {
        double sum = intercept;
        for (Tree t : trees) {
            sum += t.predict(x);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    @Override
    public double[] importance() {
        return importance.clone();
    }
}
