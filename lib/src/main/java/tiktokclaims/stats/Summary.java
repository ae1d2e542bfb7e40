package tiktokclaims.stats;

import java.util.Arrays;
import tiktokclaims.data.Quantiles;

/** Summary statistics of a sample of doubles: mean, sample and population standard deviation, quantile. */
public final class Summary {

    private Summary() {
    }

    /** Arithmetic mean; NaN for no values or if any value is NaN. */
    public static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /**
     * Sample standard deviation (ddof = 1) about the mean, two-pass; NaN for fewer than two values or if any value
     * is NaN.
     */
    public static double sampleSd(double[] v) {
        return sd(v, 1);
    }

    /**
     * Population standard deviation (ddof = 0, as scikit-learn's {@code StandardScaler}) about the mean, two-pass;
     * NaN for no values or if any value is NaN.
     */
    public static double populationSd(double[] v) {
        return sd(v, 0);
    }

    /**
     * The q-quantile (q in [0, 1]) of the non-NaN values, numpy's default linear interpolation between order
     * statistics ({@link Quantiles#ofSorted}); NaN when no value is left. {@code v} is not changed.
     *
     * @throws IllegalArgumentException if q is not between 0 and 1
     */
    public static double quantile(double[] v, double q) {
        return Quantiles.ofSorted(Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray(), q);
    }

    private static double sd(double[] v, int ddof) {
        if (v.length <= ddof) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            double d = x - m;
            ss += d * d;
        }
        return Math.sqrt(ss / (v.length - ddof));
    }
}
