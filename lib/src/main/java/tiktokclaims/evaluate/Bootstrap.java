package tiktokclaims.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;
import tiktokclaims.stats.Summary;

/**
 * Percentile bootstrap confidence intervals for {@link Metrics}: rows are resampled with replacement
 * ({@code SplittableRandom} with the given seed), the metrics recomputed on each resample, and the interval is the
 * {@code (1 - level) / 2} and {@code (1 + level) / 2} quantiles (numpy's linear interpolation). Resamples where a
 * metric is undefined (AUC with one class present) are left out of that metric's interval. Same seed, same result.
 * The rows are sorted by score once; each resample is a vector of row multiplicities scored in O(n).
 *
 * <p>Written by hand: no library on the classpath bootstraps these metrics; resampling as row multiplicities scores
 * each resample in O(n).
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * Confidence intervals for precision, recall, F1, accuracy (positive when {@code score >= threshold}) and AUC.
     *
     * @param reps number of resamples, at least 1
     * @param level confidence level in (0, 1), e.g. 0.95
     */
    public static BootstrapResult confidenceIntervals(int[] actual, double[] score, double threshold, int reps,
            long seed, double level) {
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be at least 1, got " + reps);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        Metrics estimate = Metrics.of(actual, score, threshold);
        WeightedScores sorted = new WeightedScores(actual, score, threshold);
        int n = actual.length;
        Metric[] metrics = Metric.values();
        int m = metrics.length;
        double[][] draws = new double[m][reps];
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] weight = new int[n];
        for (int r = 0; r < reps; r++) {
            Arrays.fill(weight, 0);
            for (int i = 0; i < n; i++) {
                weight[rnd.nextInt(n)]++;
            }
            Metrics mr = sorted.metrics(weight);
            for (int j = 0; j < m; j++) {
                draws[j][r] = mr.value(metrics[j]);
            }
        }
        double[] low = new double[m];
        double[] high = new double[m];
        for (int j = 0; j < m; j++) {
            low[j] = Summary.quantile(draws[j], (1 - level) / 2);
            high[j] = Summary.quantile(draws[j], (1 + level) / 2);
        }
        return new BootstrapResult(estimate, low, high, reps, seed, level, threshold);
    }
}
