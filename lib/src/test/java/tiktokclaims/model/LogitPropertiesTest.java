package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Properties of the maximum-likelihood fit on generated data. */
class LogitPropertiesTest {

    static final double[] TRUE_BETA = {-0.5, 1.2, -0.7, 0.3};

    static DesignMatrix generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextDouble() * 2;
            x[i][2] = r.nextInt(2);
            double eta = TRUE_BETA[0] + TRUE_BETA[1] * x[i][0] + TRUE_BETA[2] * x[i][1] + TRUE_BETA[3] * x[i][2];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        return DesignMatrix.of(List.of("a", "b", "c"), x, y, "y");
    }

    @Test
    void recoversKnownCoefficientsWithinTheirIntervals() {
        LogitResult r = Logit.fit(generate(200_000, 11));
        double[] b = r.estimates();
        double[] se = r.stdErrors();
        for (int j = 0; j < b.length; j++) {
            assertEquals(TRUE_BETA[j], b[j], 4 * se[j], "term " + r.terms().get(j));
            assertTrue(se[j] < 0.03, "std error of a large sample is small: " + se[j]);
        }
    }

    @Property(tries = 10)
    void predictionsDoNotDependOnColumnOrder(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        DesignMatrix d = generate(500, seed);
        List<String> order = new ArrayList<>(d.terms().subList(1, d.columns()));
        Collections.shuffle(order, new Random(seed));
        DesignMatrix shuffled = d.reorder(order);
        LogitResult a = Logit.fit(d);
        LogitResult b = Logit.fit(shuffled);
        double[] pa = a.predictProba(d);
        double[] pb = b.predictProba(shuffled);
        for (int i = 0; i < pa.length; i++) {
            assertEquals(pa[i], pb[i], 1e-10);
        }
        for (String t : d.terms()) {
            assertEquals(a.estimate(t), b.estimate(t), 1e-9 * (1 + Math.abs(a.estimate(t))));
        }
        assertEquals(a.logLikelihood(), b.logLikelihood(), 1e-9 * Math.abs(a.logLikelihood()));
    }

    @Test
    void rescalingAColumnRescalesItsCoefficientOnly() {
        DesignMatrix d = generate(2_000, 12);
        double[][] x = new double[d.rows()][3];
        for (int i = 0; i < d.rows(); i++) {
            x[i] = new double[] {d.get(i, 1) * 1e6, d.get(i, 2), d.get(i, 3)};
        }
        LogitResult a = Logit.fit(d);
        LogitResult b = Logit.fit(DesignMatrix.of(List.of("a", "b", "c"), x, d.y(), "y"));
        assertEquals(a.estimate("a"), b.estimate("a") * 1e6, 1e-9 * Math.abs(a.estimate("a")));
        assertEquals(a.stdErrors()[1], b.stdErrors()[1] * 1e6, 1e-7 * a.stdErrors()[1]);
        assertEquals(a.estimate("b"), b.estimate("b"), 1e-9);
    }

    @Test
    void upsampledRowsRefuseInference() {
        DesignMatrix d = generate(300, 13);
        int[] idx = new int[400];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i % 300;
        }
        LogitResult r = Logit.fit(d.rows(idx));
        assertFalse(r.inferenceValid());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::stdErrors);
        assertTrue(e.getMessage().contains("upsampled"), e.getMessage());
        assertTrue(r.toString().contains("WARNING: no inference"), r.toString());
        assertFalse(r.coefficients().columnNames().contains("std_error"));
    }

    @Test
    void weightedFitsRefuseInference() {
        DesignMatrix d = generate(300, 14);
        double[] w = new double[300];
        java.util.Arrays.fill(w, 2.0);
        LogitResult r = Logit.fit(d.withWeights(w));
        assertFalse(r.inferenceValid());
        assertThrows(IllegalStateException.class, r::pValues);
        LogitResult plain = Logit.fit(d);
        for (String t : d.terms()) {
            assertEquals(plain.estimate(t), r.estimate(t), 1e-9, "doubling every weight leaves the estimates");
        }
    }

    @Test
    void unduplicatedSubsetKeepsInference() {
        DesignMatrix d = generate(300, 15);
        int[] idx = new int[200];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = 299 - i;
        }
        assertTrue(Logit.fit(d.rows(idx)).inferenceValid());
    }
}
