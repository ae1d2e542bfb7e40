package tiktokclaims.claims;

import smile.classification.Classifier;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;

/**
 * The bridge to Smile: feature columns {@code x0..x(p-1)} and the label column {@code y} (1 for claim) of its
 * data-frame API, and the claim probability of a fitted Smile classifier.
 */
final class SmileFrames {

    static final String LABEL = "y";
    static final Formula FORMULA = Formula.lhs(LABEL);

    private SmileFrames() {
    }

    /** Feature rows and labels as a Smile data frame. */
    static DataFrame of(double[][] x, int[] y) {
        return DataFrame.of(x, names(x[0].length)).merge(IntVector.of(LABEL, y));
    }

    /** The schema of a feature row (what a prediction tuple needs). */
    static StructType featureSchema(int p) {
        return DataFrame.of(new double[1][p], names(p)).schema();
    }

    /** The posterior probability of class 1 (claim) that a fitted binary Smile classifier gives {@code x}. */
    static <T> double claimProbability(Classifier<T> model, T x) {
        double[] post = new double[2];
        model.predict(x, post);
        return post[1];
    }

    private static String[] names(int p) {
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + j;
        }
        return names;
    }
}
