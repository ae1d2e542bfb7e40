package tiktokclaims.claims;

import java.util.SplittableRandom;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.Tuple;
import smile.data.type.StructType;

/**
 * Smile random forest (Gini splits, {@code floor(sqrt(p))} features tried per split, bootstrap samples, soft
 * voting). Each tree gets its own seed, drawn from the training seed; Smile seeds its per-thread generator with it
 * before growing that tree, so the forest is the same whichever thread grows which tree. (Smile only seeds with
 * positive values: a tree given a seed of 0 or below would draw from an unseeded generator.)
 */
final class ForestClassifier implements ClaimClassifier {

    private static final long serialVersionUID = 1L;

    private final RandomForest model;
    private final StructType schema;

    private ForestClassifier(RandomForest model, StructType schema) {
        this.model = model;
        this.schema = schema;
    }

    static ForestClassifier fit(double[][] x, int[] y, ModelSettings s, long seed) {
        int p = x[0].length;
        int mtry = Math.max(1, (int) Math.floor(Math.sqrt(p)));
        long[] seeds = new SplittableRandom(seed).longs(s.forestTrees(), 1, Long.MAX_VALUE).distinct().toArray();
        if (seeds.length < s.forestTrees()) {
            throw new IllegalStateException("duplicate tree seeds; use another seed");
        }
        RandomForest model = RandomForest.fit(SmileFrames.FORMULA, SmileFrames.of(x, y), s.forestTrees(), mtry,
                SplitRule.GINI, s.forestMaxDepth(), x.length, s.forestNodeSize(), 1.0, null,
                java.util.Arrays.stream(seeds));
        return new ForestClassifier(model, SmileFrames.featureSchema(p));
    }

    @Override
    public ModelKind kind() {
        return ModelKind.RANDOM_FOREST;
    }

    @Override
    public double probability(double[] x) {
        return SmileFrames.claimProbability(model, Tuple.of(x, schema));
    }

    @Override
    public double[] importance() {
        return model.importance();
    }
}
