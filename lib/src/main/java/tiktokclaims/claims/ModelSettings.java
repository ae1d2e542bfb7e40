package tiktokclaims.claims;

import java.io.Serializable;

/**
 * Hyper-parameters of the three classifiers.
 *
 * @param logisticLambda   L2 penalty of the logistic regression (on standardised features)
 * @param forestTrees      trees in the random forest
 * @param forestMaxDepth   maximum depth of a forest tree
 * @param forestNodeSize   minimum rows in a forest leaf
 * @param boostTrees       boosting iterations
 * @param boostMaxDepth    maximum depth of a boosted tree
 * @param boostMaxNodes    maximum leaves of a boosted tree
 * @param boostShrinkage   learning rate
 * @param boostSubsample   fraction of rows each boosting iteration sees
 */
public record ModelSettings(double logisticLambda, int forestTrees, int forestMaxDepth, int forestNodeSize,
                            int boostTrees, int boostMaxDepth, int boostMaxNodes, double boostShrinkage,
                            double boostSubsample) implements Serializable {

    /** Lambda 0.1; forest of 200 trees, depth 20, leaves of 2+; 200 boosting rounds of 6-leaf trees at 0.1, 70 %. */
    public static ModelSettings defaults() {
        return new ModelSettings(0.1, 200, 20, 2, 200, 6, 6, 0.1, 0.7);
    }

    /** The same settings with {@code forestTrees} trees in the forest and {@code boostTrees} boosting rounds. */
    public ModelSettings withTrees(int forestTrees, int boostTrees) {
        if (forestTrees < 1 || boostTrees < 1) {
            throw new IllegalArgumentException("tree counts must be at least 1, got " + forestTrees + " and "
                    + boostTrees);
        }
        return new ModelSettings(logisticLambda, forestTrees, forestMaxDepth, forestNodeSize, boostTrees,
                boostMaxDepth, boostMaxNodes, boostShrinkage, boostSubsample);
    }
}
