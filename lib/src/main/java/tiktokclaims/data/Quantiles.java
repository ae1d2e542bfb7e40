package tiktokclaims.data;

import java.util.Arrays;
import tech.tablesaw.api.NumericColumn;

/**
 * Quantiles exactly as pandas computes them by default ({@code Series.quantile}, {@code describe}): numpy's
 * {@code linear} method (type 7) on the sorted non-missing values, with numpy's two-sided interpolation so that
 * results agree to the last digit.
 *
 * <p>Written by hand: numpy's two-sided interpolation agrees with pandas to the last digit; Tablesaw's percentile
 * (commons-math's legacy estimate) is another definition, and R_7 interpolates one-sided.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** The non-missing values of a numeric column, sorted ascending. */
    public static double[] sorted(NumericColumn<?> column) {
        double[] out = values(column);
        Arrays.sort(out);
        return out;
    }

    /** The non-missing values of a numeric column, in column order. */
    static double[] values(NumericColumn<?> column) {
        double[] v = new double[column.size()];
        int n = 0;
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                v[n++] = column.getDouble(i);
            }
        }
        return n == v.length ? v : Arrays.copyOf(v, n);
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
        double h = position(n, q);
        double below = Math.floor(h);
        int lo = (int) below;
        int hi = Math.min(lo + 1, n - 1);
        double t = h - below;
        double a = sorted[lo];
        double b = sorted[hi];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /**
     * The same number as {@link #ofSorted} of the values once sorted, found by selection in linear time: the
     * values are reordered so that the two neighbours {@code ofSorted} reads stand where sorting would put them.
     */
    static double ofUnsorted(double[] values, double q) {
        if (!(q >= 0 && q <= 1) || values.length == 0) {
            return ofSorted(values, q);
        }
        int lo = (int) Math.floor(position(values.length, q));
        select(values, lo);
        if (lo + 1 < values.length) {
            int min = lo + 1;
            for (int i = lo + 2; i < values.length; i++) {
                if (Double.compare(values[i], values[min]) < 0) {
                    min = i;
                }
            }
            swap(values, lo + 1, min);
        }
        return ofSorted(values, q);
    }

    /** numpy's position h = (n - 1) q of the quantile among n sorted values. */
    private static double position(int n, double q) {
        return (n - 1) * (q * 100 / 100);
    }

    /**
     * Reorders {@code a} so that {@code a[k]} is the value sorting would put there, with no greater value before it
     * and no smaller one after it (order of {@link Double#compare}, as {@link Arrays#sort(double[])}).
     */
    private static void select(double[] a, int k) {
        int from = 0;
        int to = a.length;
        int budget = 4 * (32 - Integer.numberOfLeadingZeros(a.length));
        while (to - from > 32) {
            if (budget-- == 0) {
                break;
            }
            int mid = (from + to) >>> 1;
            medianFirst(a, from, mid, to - 1);
            double pivot = a[from];
            int i = from - 1;
            int j = to;
            while (true) {
                do {
                    i++;
                } while (Double.compare(a[i], pivot) < 0);
                do {
                    j--;
                } while (Double.compare(a[j], pivot) > 0);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            if (k <= j) {
                to = j + 1;
            } else {
                from = j + 1;
            }
        }
        Arrays.sort(a, from, to);
    }

    /** Moves the median of {@code a[x]}, {@code a[y]}, {@code a[z]} to {@code a[x]}. */
    private static void medianFirst(double[] a, int x, int y, int z) {
        if (Double.compare(a[y], a[x]) < 0) {
            swap(a, x, y);
        }
        if (Double.compare(a[z], a[y]) < 0) {
            swap(a, y, z);
            if (Double.compare(a[y], a[x]) < 0) {
                swap(a, x, y);
            }
        }
        swap(a, x, y);
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
