package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.classification.LogisticRegression;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.text.TextVectorizer;

/**
 * The logistic regression's fit ({@link LogisticClassifier#optimum}) reaches the optimum of the objective Smile
 * 3.1.1's {@code LogisticRegression.binomial} minimises, {@code sum [log(1 + e^f) - y f] + lambda / 2 |w|^2} with
 * the intercept unpenalised, on the claims features: its gradient is zero to rounding, its objective is at most
 * Smile's, and it lies where one Newton step from Smile's L-BFGS result (tolerance 1e-6, as the project called
 * it) says the optimum is. The objective and gradient are computed here, by the formula, independently of the fitter.
 */
class LogisticOptimumTest {

    private static final double LAMBDA = ModelSettings.defaults().logisticLambda();

    @Test
    void courseDataChosenModelFeatures() {
        Fitted f = Fitted.of(courseFeatures(), null);
        f.check("course data, all features");
    }

    @Test
    void courseDataTranscriptTermsAlone() {
        // the text-alone baseline: Smile needed 363 L-BFGS iterations here
        Fitted f = Fitted.of(courseFeatures(), "text");
        f.check("course data, TF-IDF columns alone");
    }

    @Test
    void generatedSampleData(@TempDir Path dir) throws Exception {
        Fitted.of(features(Small.generated(dir, 4000, 23)), null).check("generated data");
    }

    @Test
    void classifierScoresWithTheOptimumsCoefficients() {
        Object[] xy = courseFeatures();
        double[][] x = (double[][]) xy[0];
        int[] y = (int[]) xy[1];
        LogisticClassifier c = LogisticClassifier.fit(x, y, ModelSettings.defaults());
        double[][] s = LogisticClassifier.scaling(x);
        double[][] z = standardised(x, s);
        double[] beta = LogisticClassifier.optimum(z, y, LAMBDA);
        assertEquals(beta[0], c.intercept(), 0.0);
        for (int i = 0; i < x.length; i += 97) {
            double f = beta[0];
            for (int j = 0; j < z[i].length; j++) {
                f += z[i][j] * beta[j + 1];
            }
            assertEquals(1 / (1 + Math.exp(-f)), c.probability(x[i]), 1e-15, "row " + i);
        }
    }

    /** Features of every other labelled row of the course data (as a training split would be) and their labels. */
    private static Object[] courseFeatures() {
        return features(ClaimRecord.all(ClaimsData.load(TestData.realDataset())));
    }

    private static Object[] features(List<ClaimRecord> all) {
        List<ClaimRecord> train = Small.everyOtherLabelled(all);
        ClaimFeatures f = ClaimFeatures.fit(train, TextVectorizer.Options.defaults());
        return new Object[] {f.matrix(train), ClaimsTraining.labels(train)};
    }

    private static double[][] standardised(double[][] x, double[][] scaling) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = LogisticClassifier.standardise(x[i], scaling[0], scaling[1]);
        }
        return z;
    }

    /** Standardised rows, labels, our optimum (intercept first) and Smile's fit (intercept last, as Smile has it). */
    private record Fitted(double[][] z, int[] y, double[] ours, double[] smile) {

        static Fitted of(Object[] xy, String columns) {
            double[][] x = (double[][]) xy[0];
            int[] y = (int[]) xy[1];
            if ("text".equals(columns)) {
                int from = 11;
                double[][] t = new double[x.length][];
                for (int i = 0; i < x.length; i++) {
                    t[i] = java.util.Arrays.copyOfRange(x[i], from, x[i].length);
                }
                x = t;
            }
            double[][] z = standardised(x, LogisticClassifier.scaling(x));
            double[] ours = LogisticClassifier.optimum(z, y, LAMBDA);
            double[] w = LogisticRegression.binomial(z, y, LAMBDA, 1e-6, 1000).coefficients();
            // Smile's layout (coefficients, then the intercept) to ours (intercept, then coefficients)
            double[] smile = new double[w.length];
            smile[0] = w[w.length - 1];
            System.arraycopy(w, 0, smile, 1, w.length - 1);
            return new Fitted(z, y, ours, smile);
        }

        /** Objective, gradient and Hessian of the penalised negative log-likelihood at beta (intercept first). */
        double[][] derivatives(double[] beta) {
            int k = beta.length;
            double value = 0;
            double[] g = new double[k];
            double[][] h = new double[k][k];
            double[] row = new double[k];
            for (int i = 0; i < z.length; i++) {
                row[0] = 1;
                System.arraycopy(z[i], 0, row, 1, k - 1);
                double f = 0;
                for (int j = 0; j < k; j++) {
                    f += row[j] * beta[j];
                }
                double pr = 1 / (1 + Math.exp(-f));
                value += (f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f))) - y[i] * f;
                for (int j = 0; j < k; j++) {
                    g[j] += (pr - y[i]) * row[j];
                    for (int l = 0; l < k; l++) {
                        h[j][l] += pr * (1 - pr) * row[j] * row[l];
                    }
                }
            }
            for (int j = 1; j < k; j++) {
                value += LAMBDA / 2 * beta[j] * beta[j];
                g[j] += LAMBDA * beta[j];
                h[j][j] += LAMBDA;
            }
            double[][] out = new double[2 + k][];
            out[0] = new double[] {value};
            out[1] = g;
            System.arraycopy(h, 0, out, 2, k);
            return out;
        }

        void check(String what) {
            double[][] atOurs = derivatives(ours);
            double[][] atSmile = derivatives(smile);
            double fOurs = atOurs[0][0];
            double fSmile = atSmile[0][0];
            double gOurs = maxAbs(atOurs[1]);
            double gSmile = maxAbs(atSmile[1]);
            // Newton's step from Smile's point: where the optimum is, seen from there
            double[] step = new LUDecomposition(new Array2DRowRealMatrix(
                    java.util.Arrays.copyOfRange(atSmile, 2, atSmile.length))).getSolver()
                    .solve(new ArrayRealVector(atSmile[1])).toArray();
            double maxStep = maxAbs(step);
            double maxDiff = 0;
            double maxMiss = 0;
            for (int j = 0; j < ours.length; j++) {
                maxDiff = Math.max(maxDiff, Math.abs(ours[j] - smile[j]));
                maxMiss = Math.max(maxMiss, Math.abs(ours[j] - (smile[j] - step[j])));
            }
            String report = what + ": objective ours " + fOurs + ", Smile " + fSmile + "; max |gradient| ours " + gOurs
                    + ", Smile " + gSmile + "; max |ours - Smile| " + maxDiff + ", Newton step from Smile " + maxStep
                    + ", ours - (Smile + step) " + maxMiss;
            // the optimum: gradient zero to rounding (sums of n terms of size ~1)
            assertTrue(gOurs < 1e-9 * Math.max(1, fOurs), report);
            assertTrue(fOurs <= fSmile, report);
            // Smile stops short of the optimum (at its tolerance); one Newton step from its point lands on ours, to
            // far less than the step itself: the two differ by what Smile's tolerance leaves, and no more
            assertTrue(maxMiss <= 1e-2 * maxStep, report);
            assertTrue(maxDiff <= 1.01 * maxStep, report);
        }

        private static double maxAbs(double[] a) {
            double m = 0;
            for (double v : a) {
                m = Math.max(m, Math.abs(v));
            }
            return m;
        }
    }
}
