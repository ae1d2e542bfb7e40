package tiktokclaims.data;

import java.util.Arrays;
import tech.tablesaw.api.NumericColumn;

/**
 * Quantiles exactly as pandas computes them by default ({@code Series.quantile}, {@code describe}): numpy's
 * {@code linear} method (type 7) on the sorted non-missing values, with numpy's two-sided interpolation so that
 * results agree to the last digit.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** The non-missing values of a numeric column, sorted ascending. */
    public static double[] sorted(NumericColumn<?> column) {
        double[] v = new double[column.size()];
        int n = 0;
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                v[n++] = column.getDouble(i);
            }
        }
        double[] out = Arrays.copyOf(v, n);
        Arrays.sort(out);
        return out;
    }

    /** The {@code q}-quantile (0 to 1) of a column's non-missing values; NaN when there are none. */
    public static double of(NumericColumn<?> column, double q) {
        return ofSorted(sorted(column), q);
    }

    /**
     * The {@code q}-quantile of ascending values: position h = (n - 1) q, interpolated between the neighbours
     * below and above it as numpy does ({@code a + (b - a) t} for t &lt; 0.5, {@code b - (b - a)(1 - t)} otherwise).
     */
    public static double ofSorted(double[] sorted, double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be between 0 and 1, got " + q);
        }
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * (q * 100 / 100);
        double below = Math.floor(h);
        int lo = (int) below;
        int hi = Math.min(lo + 1, n - 1);
        double t = h - below;
        double a = sorted[lo];
        double b = sorted[hi];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
