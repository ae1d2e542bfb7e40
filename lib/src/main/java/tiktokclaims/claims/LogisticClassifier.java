package tiktokclaims.claims;

import smile.classification.LogisticRegression;
import tiktokclaims.stats.Summary;

/** Binomial logistic regression (Smile, L2 penalty) on features standardised with training means and SDs. */
final class LogisticClassifier implements ClaimClassifier {

    private static final long serialVersionUID = 1L;

    private final double[] mean;
    private final double[] sd;
    private final LogisticRegression.Binomial model;

    private LogisticClassifier(double[] mean, double[] sd, LogisticRegression.Binomial model) {
        this.mean = mean;
        this.sd = sd;
        this.model = model;
    }

    static LogisticClassifier fit(double[][] x, int[] y, ModelSettings settings) {
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
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = standardise(x[i], mean, sd);
        }
        LogisticRegression.Binomial model =
                LogisticRegression.binomial(z, y, settings.logisticLambda(), 1e-6, 1000);
        return new LogisticClassifier(mean, sd, model);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LOGISTIC_REGRESSION;
    }

    @Override
    public double probability(double[] x) {
        return SmileFrames.claimProbability(model, standardise(x, mean, sd));
    }

    @Override
    public double[] importance() {
        double[] w = model.coefficients();
        double[] out = new double[mean.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = Math.abs(w[j]);
        }
        return out;
    }

    private static double[] standardise(double[] x, double[] mean, double[] sd) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / sd[j];
        }
        return z;
    }
}
