package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tiktokclaims.model.DesignMatrix;
import tiktokclaims.model.PenalizedLogit;
import tiktokclaims.stats.Summary;

/**
 * Binomial logistic regression with an L2 penalty on features standardised with training means and SDs, scored as
 * {@code z = (x - mean) / sd}, {@code f = intercept + sum z[j] * coefficient[j]}, probability
 * {@code 1 / (1 + exp(-f))}.
 *
 * <p>The fit minimises the objective of Smile 3.1.1's {@code LogisticRegression.binomial(z, y, lambda, ...)}:
 * {@code sum over rows of [log(1 + exp(f)) - y f] + lambda / 2 * |coefficients|^2}, the penalty summed over rows
 * (not averaged) and the intercept unpenalised. That is scikit-learn's L2 objective with {@code C = 1 / lambda}, so
 * it is solved by {@link PenalizedLogit} (Newton's method to the exact optimum, every step below 1e-8 of its
 * coefficient's curvature scale) instead of Smile's L-BFGS, which stops at a relative gradient of 1e-6 after 145
 * to 363 iterations on the claims features (LogisticOptimumTest compares the two).
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
        return of(scaling[0], scaling[1], optimum(z, y, settings.logisticLambda()));
    }

    /**
     * The exact minimiser of the penalised objective (see the class comment) on standardised rows {@code z}: the
     * intercept first, then one coefficient per column.
     */
    static double[] optimum(double[][] z, int[] y, double lambda) {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("the logistic regression's L2 penalty must be a positive number, got "
                    + lambda);
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < z[0].length; j++) {
            names.add("z" + j);
        }
        return PenalizedLogit.fit(DesignMatrix.of(names, z, y, "claim"), 1 / lambda).estimates();
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

    /** The model of coefficients {@code beta} (intercept first) on rows standardised with {@code mean} and {@code sd}. */
    static LogisticClassifier of(double[] mean, double[] sd, double[] beta) {
        return new LogisticClassifier(mean, sd, Arrays.copyOfRange(beta, 1, beta.length), beta[0]);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LOGISTIC_REGRESSION;
    }

    @Override
    public double probability(double[] x) {
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
