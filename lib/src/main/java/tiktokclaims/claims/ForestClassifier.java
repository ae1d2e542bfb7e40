package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import smile.base.cart.DecisionNode;
import smile.base.cart.Node;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;

/**
 * Random forest (Smile: Gini splits, {@code floor(sqrt(p))} features tried per split, bootstrap samples, soft
 * voting), kept as {@link Trees} arrays and scored by our own code exactly as Smile's
 * {@code RandomForest.predict(x, posteriori)} does: each tree's leaf gives the probabilities
 * {@code (count + 1) / (size + 2)} of its two classes, the trees' probabilities are summed weighted by each
 * tree's out-of-bag accuracy, and the sums are scaled to add up to one.
 *
 * <p>Each tree gets its own seed, drawn from the training seed; Smile seeds its per-thread generator with it
 * before growing that tree, so the forest is the same whichever thread grows which tree. (Smile only seeds with
 * positive values: a tree given a seed of 0 or below would draw from an unseeded generator.)
 */
final class ForestClassifier implements ClaimClassifier {

    private static final long serialVersionUID = 2L;

    private final Trees trees;
    private final double[] weights;
    private final int[] opinions;
    private final int[] claims;
    private final double[] importance;

    /**
     * @param weights    per tree: its vote's weight
     * @param opinions   per node: training rows of class opinion in the leaf (0 for a split node)
     * @param claims     per node: training rows of class claim in the leaf (0 for a split node)
     * @param importance per feature column: Smile's total Gini decrease
     */
    ForestClassifier(Trees trees, double[] weights, int[] opinions, int[] claims, double[] importance) {
        this.trees = trees;
        this.weights = weights;
        this.opinions = opinions;
        this.claims = claims;
        this.importance = importance;
    }

    static ForestClassifier fit(double[][] x, int[] y, ModelSettings s, long seed) {
        return of(smile(x, y, s, seed));
    }

    /** The Smile fit. */
    static RandomForest smile(double[][] x, int[] y, ModelSettings s, long seed) {
        int p = x[0].length;
        int mtry = Math.max(1, (int) Math.floor(Math.sqrt(p)));
        long[] seeds = new SplittableRandom(seed).longs(s.forestTrees(), 1, Long.MAX_VALUE).distinct().toArray();
        if (seeds.length < s.forestTrees()) {
            throw new IllegalStateException("duplicate tree seeds; use another seed");
        }
        return RandomForest.fit(SmileFrames.FORMULA, SmileFrames.of(x, y), s.forestTrees(), mtry,
                SplitRule.GINI, s.forestMaxDepth(), x.length, s.forestNodeSize(), 1.0, null,
                java.util.Arrays.stream(seeds));
    }

    /** A copy of a fitted two-class Smile forest (labels 0 = opinion, 1 = claim). */
    static ForestClassifier of(RandomForest forest) {
        RandomForest.Model[] models = forest.models();
        List<Node> roots = new ArrayList<>(models.length);
        double[] weights = new double[models.length];
        for (int t = 0; t < models.length; t++) {
            roots.add(models[t].tree.root());
            weights[t] = models[t].weight;
        }
        List<int[]> counts = new ArrayList<>();
        Trees trees = SmileTrees.of(roots, (n, leaf) -> counts.add(new int[] {n,
                ((DecisionNode) leaf).count()[0], ((DecisionNode) leaf).count()[1]}));
        int[] opinions = new int[trees.nodes()];
        int[] claims = new int[trees.nodes()];
        for (int[] c : counts) {
            opinions[c[0]] = c[1];
            claims[c[0]] = c[2];
        }
        return new ForestClassifier(trees, weights, opinions, claims, forest.importance().clone());
    }

    @Override
    public ModelKind kind() {
        return ModelKind.RANDOM_FOREST;
    }

    @Override
    public double probability(double[] x) {
        // The same operations in the same order as Smile 3.1.1, so that the result is the same to the last bit.
        double opinion = 0.0;
        double claim = 0.0;
        for (int t = 0; t < trees.count(); t++) {
            int leaf = trees.leaf(t, x);
            double n = (long) opinions[leaf] + (long) claims[leaf] + 2;
            opinion += weights[t] * ((opinions[leaf] + 1) / n);
            claim += weights[t] * ((claims[leaf] + 1) / n);
        }
        double norm = 0.0;
        norm += Math.abs(opinion);
        norm += Math.abs(claim);
        return claim / norm;
    }

    @Override
    public double[] importance() {
        return importance.clone();
    }

    Trees trees() {
        return trees;
    }

    double[] weights() {
        return weights.clone();
    }

    int opinions(int node) {
        return opinions[node];
    }

    int claims(int node) {
        return claims[node];
    }
}
