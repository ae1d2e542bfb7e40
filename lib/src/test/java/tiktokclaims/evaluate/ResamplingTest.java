package tiktokclaims.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Cross-validation bookkeeping and bootstrap intervals. */
class ResamplingTest {

    private static Fixture fixture(String name) {
        return Fixture.all().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void crossValidationPassesDisjointRowsAndSummarisesWithDdofOne() {
        Fixture f = fixture("random_large");
        int[] y = f.ints("actual");
        double[] s = f.doubles("score");
        List<int[]> tests = new ArrayList<>();
        CrossValidationResult cv = CrossValidation.run(y, 5, 11, (train, test) -> {
            assertEquals(y.length, train.length + test.length);
            Set<Integer> t = new HashSet<>();
            for (int r : test) {
                t.add(r);
            }
            for (int r : train) {
                assertFalse(t.contains(r), "train and test rows overlap");
            }
            tests.add(test);
            return Metrics.of(pick(y, test), pick(s, test), 0.4);
        });
        assertEquals(5, cv.k());
        assertArrayEquals(StratifiedKFold.split(y, 5, 11), tests.toArray(new int[0][]));
        Table t = cv.toTable();
        assertEquals(5, t.rowCount());
        assertEquals(List.of("fold", "precision", "recall", "f1", "accuracy", "auc"), t.columnNames());
        double[] rec = new double[5];
        for (int i = 0; i < 5; i++) {
            rec[i] = ConfusionMatrix.of(pick(y, tests.get(i)), Thresholds.predict(pick(s, tests.get(i)), 0.4)).recall();
            assertEquals(rec[i], t.doubleColumn("recall").get(i), 1e-15);
        }
        double mean = (rec[0] + rec[1] + rec[2] + rec[3] + rec[4]) / 5;
        double ss = 0;
        for (double r : rec) {
            ss += (r - mean) * (r - mean);
        }
        assertEquals(mean, cv.mean(Metric.RECALL), 1e-15);
        assertEquals(Math.sqrt(ss / 4), cv.sd(Metric.RECALL), 1e-15);
    }

    @Test
    void weightedMetricsEqualMetricsOfTheExpandedRows() {
        for (String name : List.of("rounded_ties", "heavy_ties_bin_edges", "integer_scores", "random_small")) {
            Fixture f = fixture(name);
            int[] y = f.ints("actual");
            double[] s = f.doubles("score");
            WeightedScores ws = new WeightedScores(y, s, 0.5);
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
            for (int rep = 0; rep < 5; rep++) {
                int[] w = new int[y.length];
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    int row = rnd.nextInt(y.length);
                    w[row]++;
                    rows.add(row);
                }
                int[] picked = rows.stream().mapToInt(Integer::intValue).toArray();
                Metrics expected = Metrics.of(pick(y, picked), pick(s, picked), 0.5);
                Metrics actual = ws.metrics(w);
                for (Metric m : Metric.values()) {
                    assertEquals(expected.value(m), actual.value(m), 1e-12, name + " " + m);
                }
            }
        }
    }

    @Test
    void weightedAucIsNanWhenAResampleHasOneClass() {
        WeightedScores ws = new WeightedScores(new int[] {0, 1, 1}, new double[] {0.2, 0.6, 0.9}, 0.5);
        Metrics m = ws.metrics(new int[] {0, 2, 1});
        assertTrue(Double.isNaN(m.auc()));
        assertEquals(1.0, m.recall(), 0.0);
    }

    @Test
    void bootstrapIntervalsContainTheEstimateAndAreDeterministic() {
        Fixture f = fixture("random_large");
        int[] y = f.ints("actual");
        double[] s = f.doubles("score");
        BootstrapResult a = Bootstrap.confidenceIntervals(y, s, 0.4, 300, 99, 0.95);
        BootstrapResult b = Bootstrap.confidenceIntervals(y, s, 0.4, 300, 99, 0.95);
        BootstrapResult c = Bootstrap.confidenceIntervals(y, s, 0.4, 300, 100, 0.95);
        assertEquals(RocCurve.of(y, s).auc(), a.estimate().auc(), 0.0);
        for (Metric m : Metric.values()) {
            double est = a.estimate().value(m);
            assertTrue(a.low(m) <= est && est <= a.high(m), m + " CI contains the estimate");
            assertTrue(a.low(m) < a.high(m), m + " CI has width");
            assertTrue(a.high(m) - a.low(m) < 0.1, m + " CI is plausibly narrow for n = 3000");
            assertEquals(a.low(m), b.low(m), 0.0);
            assertEquals(a.high(m), b.high(m), 0.0);
        }
        assertNotEquals(a.low(Metric.F1), c.low(Metric.F1));
        Table t = a.toTable();
        assertEquals(List.of("metric", "estimate", "ci_low", "ci_high"), t.columnNames());
        assertEquals(Metrics.NAMES, t.stringColumn("metric").asList());
        assertTrue(t.name().contains("resamples, seed 99,"), t.name());
        // Seeded from a pipeline's seed: the caption names the user's seed, the numbers stay the same.
        BootstrapResult shown = a.fromSeed(42);
        assertTrue(shown.toTable().name().contains("resamples, from seed 42,"), shown.toTable().name());
        assertFalse(shown.toString().contains("seed 99"), shown.toString());
        assertEquals(a.low(Metric.F1), shown.low(Metric.F1), 0.0);
        assertEquals(99, shown.seed());
    }

    @Test
    void bootstrapRejectsBadArguments() {
        int[] y = {0, 1};
        double[] s = {0.2, 0.8};
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.confidenceIntervals(y, s, 0.5, 0, 1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.confidenceIntervals(y, s, 0.5, 10, 1, 1.0));
    }

    private static int[] pick(int[] v, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }
}
