package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The fit's fused passes: what one pass sums (log-likelihood, Hessian, marginal-effect averages) equals the same
 * numbers computed on their own at the estimates; the indicator columns taken as codes give the fit that
 * multiplying every column gives; the result does not depend on the number of threads; with a warm start the
 * checks name the same causes as without.
 */
class NewtonFitterPassTest {

    /** Relative difference, against the larger magnitude. */
    private static void assertClose(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.max(Math.abs(expected), Math.abs(actual)) + 1e-300, what);
    }

    @Test
    void onePassGivesWhatSeparateComputationsGiveAtTheEstimates() {
        DesignMatrix d = LogitPropertiesTest.generate(30_000, 21);
        LogitResult fit = Logit.fit(d);
        double[] beta = fit.estimates();
        double[][] x = d.raw();
        int[] y = d.rawY();
        int p = beta.length;
        double ll = 0;
        double[][] info = new double[p][p];
        for (int i = 0; i < y.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += beta[j] * x[j][i];
            }
            double pr = NewtonFitter.sigmoid(eta);
            ll += y[i] == 1 ? Math.log(pr) : Math.log1p(-pr);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    info[j][k] += pr * (1 - pr) * x[j][i] * x[k][i];
                }
            }
        }
        assertClose(ll, fit.logLikelihood(), 1e-12, "log-likelihood");
        double[][] cov = SymmetricSolver.of(info).inverse();
        double[][] fitted = fit.covariance();
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                assertClose(cov[j][k], fitted[j][k], 1e-9, "covariance " + j + "," + k);
            }
        }
        MarginalEffects fused = fit.marginalEffects();
        MarginalEffects separate = MarginalEffects.of(fit, MarginalEffects.Averages.of(fit));
        for (int j = 0; j < p - 1; j++) {
            assertClose(separate.effects()[j], fused.effects()[j], 1e-13, "effect " + j);
            assertClose(separate.stdErrors()[j], fused.stdErrors()[j], 1e-9, "effect std error " + j);
        }
    }

    /** n rows: const, two numeric columns, a three-level factor's two dummies and a 0/1 flag. */
    private static DesignMatrix withDummies(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][5];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int level = r.nextInt(3);
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextInt(1000);
            x[i][2] = level == 1 ? 1 : 0;
            x[i][3] = level == 2 ? 1 : 0;
            x[i][4] = r.nextInt(2);
            double eta = -0.4 + 0.8 * x[i][0] + 0.001 * x[i][1] - 0.6 * x[i][2] + 0.5 * x[i][3] + 0.3 * x[i][4];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        return DesignMatrix.of(List.of("z", "count", "g_b", "g_c", "flag"), x, y, "y");
    }

    /**
     * n rows: const, {@code numeric} gaussian columns and a 0/1 flag; more numeric columns than the coded passes
     * take ({@code NewtonFitter.Lanes.MAX_COLUMNS}) make the plain passes run.
     */
    private static DesignMatrix wide(int n, int numeric, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][numeric + 1];
        int[] y = new int[n];
        List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < numeric; j++) {
            names.add("z" + j);
        }
        names.add("flag");
        for (int i = 0; i < n; i++) {
            double eta = 0.2;
            for (int j = 0; j < numeric; j++) {
                x[i][j] = r.nextGaussian();
                eta += (j % 3 - 1) * 0.3 * x[i][j];
            }
            x[i][numeric] = r.nextInt(2);
            eta -= 0.4 * x[i][numeric];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        return DesignMatrix.of(names, x, y, "y");
    }

    /**
     * n rows: const, two gaussian columns and {@code words} word-weight-like columns (0 in about 90 % of rows, else
     * between 0.1 and 1), standardised as the claims classifier does, so that each one's usual value is not 0.
     */
    private static DesignMatrix sparse(int n, int words, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int p = words + 2;
        double[][] x = new double[n][p];
        int[] y = new int[n];
        List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
        }
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            double eta = -0.3 + 0.7 * x[i][0] - 0.4 * x[i][1];
            for (int j = 2; j < p; j++) {
                x[i][j] = r.nextDouble() < 0.1 ? 0.1 + 0.9 * r.nextDouble() : 0;
                eta += (j % 2 == 0 ? 1.5 : -1.0) * x[i][j];
            }
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        for (int j = 2; j < p; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / n;
            }
            double ss = 0;
            for (double[] row : x) {
                ss += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(ss / (n - 1));
            for (double[] row : x) {
                row[j] = (row[j] - mean) / sd;
            }
        }
        return DesignMatrix.of(names, x, y, "y");
    }

    @Test
    void departuresGiveTheFitOfEveryColumnMultiplied() {
        // 40 columns, most of each at one value: the passes take each row's departures (checked: they are used)
        DesignMatrix d = sparse(6_001, 38, 12);
        assertEquals(true, NewtonFitter.condensesByDepartures(d));
        for (double penalty : new double[] {0, 1}) {
            assertSameFit(new NewtonFitter(d, false).fit(penalty, 100, 1e-8),
                    new NewtonFitter(d, true).fit(penalty, 100, 1e-8), 1e-11, 1e-9, 1e-13);
        }
        // dense columns (gaussian): no departures, the column passes
        assertEquals(false, NewtonFitter.condensesByDepartures(wide(2_000, 20, 1)));
    }

    @Test
    void indicatorCodesGiveTheFitOfEveryColumnMultiplied() {
        // 20,001 rows: the last tile is partial; 12 numeric columns are coded, 13 are not
        for (DesignMatrix d : List.of(withDummies(20_001, 3), LogitPropertiesTest.generate(20_000, 4),
                wide(20_001, 12, 5), wide(20_001, 13, 6))) {
            assertSameFit(new NewtonFitter(d, false).fit(0, 100, 1e-8), new NewtonFitter(d, true).fit(0, 100, 1e-8),
                    1e-12, 1e-11, 1e-14);
        }
    }

    /**
     * The condensed passes' fit equals the plain one: estimates to {@code betaRel}, covariance and slope gradient to
     * {@code covRel}, log-likelihood and mean slope to {@code llRel}, relative; the same number of iterations.
     */
    private static void assertSameFit(NewtonFitter.Fit plain, NewtonFitter.Fit condensed, double betaRel,
            double covRel, double llRel) {
        for (int j = 0; j < plain.beta().length; j++) {
            assertClose(plain.beta()[j], condensed.beta()[j], betaRel, "beta " + j);
            for (int k = 0; k < plain.beta().length; k++) {
                assertClose(plain.hessianInverse()[j][k], condensed.hessianInverse()[j][k], covRel,
                        "covariance " + j + "," + k);
            }
            assertClose(plain.averages().slopeGradient()[j], condensed.averages().slopeGradient()[j], covRel,
                    "slope gradient " + j);
        }
        assertClose(plain.logLikelihood(), condensed.logLikelihood(), llRel, "log-likelihood");
        assertClose(plain.averages().slope(), condensed.averages().slope(), llRel, "mean slope");
        assertEquals(plain.iterations(), condensed.iterations());
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
        // more rows than a block (2^17) and than the warm-start threshold: several blocks, warm start, codes
        DesignMatrix d = withDummies(NewtonFitter.WARM_START_ROWS + 40_000, 8);
        NewtonFitter.Fit one = new ForkJoinPool(1).submit(() -> new NewtonFitter(d).fit(0, 100, 1e-8)).get();
        NewtonFitter.Fit three = new ForkJoinPool(3).submit(() -> new NewtonFitter(d).fit(0, 100, 1e-8)).get();
        assertArrayEquals(one.beta(), three.beta());
        for (int j = 0; j < one.beta().length; j++) {
            assertArrayEquals(one.hessianInverse()[j], three.hessianInverse()[j]);
        }
        assertEquals(one.logLikelihood(), three.logLikelihood());
        assertArrayEquals(one.averages().slopeGradient(), three.averages().slopeGradient());
        assertEquals(one.averages().slope(), three.averages().slope());
    }

    @Test
    void withAWarmStartTheChecksNameTheSameCauses() {
        int n = 4_000;
        SplittableRandom r = new SplittableRandom(9);
        double[][] flat = new double[n][2];
        double[][] collinear = new double[n][3];
        double[][] separated = new double[n][2];
        int[] y = new int[n];
        int[] ySep = new int[n];
        for (int i = 0; i < n; i++) {
            double a = r.nextGaussian();
            double b = r.nextGaussian();
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(0.3 + 0.8 * a - 0.5 * b))) ? 1 : 0;
            flat[i] = new double[] {a, 7.0};
            collinear[i] = new double[] {a, b, 2 * a - 3 * b};
            separated[i] = new double[] {a, i};
            ySep[i] = i >= n / 2 ? 1 : 0;
        }
        for (DesignMatrix d : List.of(DesignMatrix.of(List.of("a", "flat"), flat, y, "y"),
                DesignMatrix.of(List.of("a", "b", "sum"), collinear, y, "y"),
                DesignMatrix.of(List.of("noise", "views"), separated, ySep, "y"))) {
            ModelFitException cold = assertThrows(ModelFitException.class,
                    () -> new NewtonFitter(d).fit(0, 100, 1e-8, Integer.MAX_VALUE));
            ModelFitException warm = assertThrows(ModelFitException.class,
                    () -> new NewtonFitter(d).fit(0, 100, 1e-8, 1_000));
            assertEquals(cold.reason(), warm.reason());
            assertEquals(cold.getMessage(), warm.getMessage());
        }
    }
}
