package tiktokclaims.claims;

import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.math.MathEx;

/** Smile gradient-boosted trees, fitted on one seeded worker ({@link SingleThread}) so that the row subsampling is reproducible. */
final class BoostedClassifier implements ClaimClassifier {

    private static final long serialVersionUID = 1L;

    private final GradientTreeBoost model;
    private final StructType schema;

    private BoostedClassifier(GradientTreeBoost model, StructType schema) {
        this.model = model;
        this.schema = schema;
    }

    static BoostedClassifier fit(double[][] x, int[] y, ModelSettings s, long seed) {
        DataFrame data = SmileFrames.of(x, y);
        GradientTreeBoost model = SingleThread.run(() -> {
            MathEx.setSeed(seed);
            return GradientTreeBoost.fit(SmileFrames.FORMULA, data, s.boostTrees(), s.boostMaxDepth(),
                    s.boostMaxNodes(), 5, s.boostShrinkage(), s.boostSubsample());
        });
        return new BoostedClassifier(model, SmileFrames.featureSchema(x[0].length));
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GRADIENT_BOOSTING;
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
