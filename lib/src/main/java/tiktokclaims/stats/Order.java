package tiktokclaims.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Stable index sorts (numpy's {@code argsort(kind="stable")}): equal values keep their index order. */
public final class Order {

    private Order() {
    }

    /** The indices of {@code v} by ascending value ({@link Double#compare} order, NaN last); ties in index order. */
    public static int[] ascending(double[] v) {
        return sorted(v.length, (a, b) -> Double.compare(v[a], v[b]));
    }

    /** The indices of {@code v} by descending value (NaN first); ties in index order. */
    public static int[] descending(double[] v) {
        return sorted(v.length, (a, b) -> Double.compare(v[b], v[a]));
    }

    private static int[] sorted(int n, Comparator<Integer> byValue) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, byValue);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
