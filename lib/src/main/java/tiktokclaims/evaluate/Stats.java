package tiktokclaims.evaluate;

import java.util.Arrays;

/** Small summary statistics used by cross-validation and the bootstrap. */
final class Stats {

    private Stats() {
    }

    /** Arithmetic mean; NaN if any value is NaN or there are none. */
    static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (ddof = 1); NaN for fewer than two values or any NaN. */
    static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    /**
     * The q-quantile (q in [0, 1]) of the non-NaN values with linear interpolation between order statistics
     * (numpy's default {@code percentile} method); NaN when no value is left.
     */
    static double quantile(double[] v, double q) {
        double[] s = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        double h = q * (s.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
