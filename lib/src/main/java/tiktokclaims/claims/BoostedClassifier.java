package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.List;
import smile.base.cart.Node;
import smile.base.cart.RegressionNode;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.math.MathEx;
import smile.regression.RegressionTree;

/**
 * Gradient-boosted trees (Smile, binomial deviance), kept as {@link Trees} arrays and scored by our own code
 * exactly as Smile's {@code GradientTreeBoost.predict(x, posteriori)} does for two classes: {@code f = intercept +
 * sum over trees of shrinkage * leaf output}, opinion probability {@code 1 / (1 + exp(2 f))}, claim probability
 * one minus that. Fitted on one seeded worker ({@link SingleThread}) so that the row subsampling is reproducible.
 */
final class BoostedClassifier implements ClaimClassifier {

    private static final long serialVersionUID = 2L;

    private final Trees trees;
    private final double[] output;
    private final double intercept;
    private final double shrinkage;
    private final double[] importance;

    /**
     * @param output     per node: the leaf's output (0 for a split node)
     * @param intercept  the starting value of {@code f}
     * @param shrinkage  the learning rate each tree's output is multiplied by
     * @param importance per feature column: Smile's total loss reduction
     */
    BoostedClassifier(Trees trees, double[] output, double intercept, double shrinkage, double[] importance) {
        this.trees = trees;
        this.output = output;
        this.intercept = intercept;
        this.shrinkage = shrinkage;
        this.importance = importance;
    }

    static BoostedClassifier fit(double[][] x, int[] y, ModelSettings s, long seed) {
        return of(smile(x, y, s, seed));
    }

    /** The Smile fit. */
    static GradientTreeBoost smile(double[][] x, int[] y, ModelSettings s, long seed) {
        DataFrame data = SmileFrames.of(x, y);
        return SingleThread.run(() -> {
            MathEx.setSeed(seed);
            return GradientTreeBoost.fit(SmileFrames.FORMULA, data, s.boostTrees(), s.boostMaxDepth(),
                    s.boostMaxNodes(), 5, s.boostShrinkage(), s.boostSubsample());
        });
    }

    /** A copy of a fitted two-class Smile model (labels 0 = opinion, 1 = claim). */
    static BoostedClassifier of(GradientTreeBoost model) {
        List<Node> roots = new ArrayList<>();
        for (RegressionTree tree : model.trees()) {
            roots.add(tree.root());
        }
        List<double[]> leaves = new ArrayList<>();
        Trees trees = SmileTrees.of(roots, (n, leaf) -> leaves.add(new double[] {n,
                ((RegressionNode) leaf).output()}));
        double[] output = new double[trees.nodes()];
        for (double[] l : leaves) {
            output[(int) l[0]] = l[1];
        }
        return new BoostedClassifier(trees, output,
                (double) SmileTrees.field(GradientTreeBoost.class, "b", model),
                (double) SmileTrees.field(GradientTreeBoost.class, "shrinkage", model),
                model.importance().clone());
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GRADIENT_BOOSTING;
    }

    @Override
    public double probability(double[] x) {
        // The same operations in the same order as Smile 3.1.1, so that the result is the same to the last bit.
        double f = intercept;
        for (int t = 0; t < trees.count(); t++) {
            f += shrinkage * output[trees.leaf(t, x)];
        }
        double opinion = 1.0 / (1.0 + Math.exp(2 * f));
        return 1.0 - opinion;
    }

    @Override
    public double[] importance() {
        return importance.clone();
    }

    Trees trees() {
        return trees;
    }

    double output(int node) {
        return output[node];
    }

    double intercept() {
        return intercept;
    }

    double shrinkage() {
        return shrinkage;
    }
}
