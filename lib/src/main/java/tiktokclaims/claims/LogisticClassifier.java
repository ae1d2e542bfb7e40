package tiktokclaims.claims;

import smile.classification.LogisticRegression;
import tiktokclaims.stats.Summary;

/**
 * Binomial logistic regression (fitted by Smile, L2 penalty) on features standardised with training means and
 * SDs, kept as numbers and scored by our own code exactly as Smile's {@code LogisticRegression.Binomial} does:
 * {@code z = (x - mean) / sd}, {@code f = intercept + sum z[j] * coefficient[j]}, probability
 * {@code 1 / (1 + exp(-f))}.
 */
final class LogisticClassifier implements ClaimClassifier {

    private static final long serialVersionUID = 2L;

    private final double[] mean;
    private final double[] sd;
    private final double[] coefficients;
    private final double intercept;

    LogisticClassifier(double[] mean, double[] sd, double[] coefficients, double intercept) {
        this.mean = mean;
        this.sd = sd;
        this.coefficients = coefficients;
        this.intercept = intercept;
    }

    static LogisticClassifier fit(double[][] x, int[] y, ModelSettings settings) {
        double[][] scaling = scaling(x);
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = standardise(x[i], scaling[0], scaling[1]);
        }
        return of(scaling[0], scaling[1], smile(z, y, settings));
    }

    /** The training means (first array) and SDs (second; 1 where a column is constant) of the columns of x. */
    static double[][] scaling(double[][] x) {
        int p = x[0].length;
        double[] mean = new double[p];
        double[] sd = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                column[i] = x[i][j];
            }
            mean[j] = Summary.mean(column);
            sd[j] = Summary.sampleSd(column);
            if (!(sd[j] > 0)) { // constant, or a single row
                sd[j] = 1;
            }
        }
        return new double[][] {mean, sd};
    }

    /** The Smile fit on standardised rows {@code z}. */
    static LogisticRegression.Binomial smile(double[][] z, int[] y, ModelSettings settings) {
        return LogisticRegression.binomial(z, y, settings.logisticLambda(), 1e-6, 1000);
    }

    /** A copy of a fitted Smile model on rows standardised with {@code mean} and {@code sd}. */
    static LogisticClassifier of(double[] mean, double[] sd, LogisticRegression.Binomial model) {
        double[] w = model.coefficients();
        int p = mean.length;
        return new LogisticClassifier(mean, sd, java.util.Arrays.copyOf(w, p), w[p]);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LOGISTIC_REGRESSION;
    }

    @Override
    public double probability(double[] x) {
        // The same operations in the same order as Smile 3.1.1, so that the result is the same to the last bit.
        double f = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            f += ((x[j] - mean[j]) / sd[j]) * coefficients[j];
        }
        return 1.0 / (1.0 + Math.exp(-f));
    }

    @Override
    public double[] importance() {
        double[] out = new double[coefficients.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = Math.abs(coefficients[j]);
        }
        return out;
    }

    double[] mean() {
        return mean.clone();
    }

    double[] sd() {
        return sd.clone();
    }

    double[] coefficients() {
        return coefficients.clone();
    }

    double intercept() {
        return intercept;
    }

    static double[] standardise(double[] x, double[] mean, double[] sd) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / sd[j];
        }
        return z;
    }
}
