package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

    @Test
    void probabilityThenViewsThenVideoIdThenInputOrder() {
        double[] p = {0.5, 0.9, 0.5, 0.5, 0.5, 0.5};
        double[] views = {10, 1, 20, Double.NaN, 20, 20};
        long[] ids = {5, 9, 8, 1, 3, 3};
        // 0.9 first; then views 20 by id (3, 3 in input order, then 8); then views 10; missing views last
        assertArrayEquals(new int[] {1, 4, 5, 2, 0, 3}, QueueOrder.order(p, views, ids, 6));
        assertArrayEquals(new int[] {5, 1, 4, 6, 2, 3}, QueueOrder.ranks(QueueOrder.order(p, views, ids, 6)));
    }

    @Test
    void usesOnlyTheFirstNRows() {
        double[] p = {0.1, 0.2, 0.99};
        assertArrayEquals(new int[] {1, 0}, QueueOrder.order(p, new double[3], new long[3], 2));
        assertArrayEquals(new int[0], QueueOrder.order(p, new double[3], new long[3], 0));
    }

    /** Same order as a plain comparator sort of boxed indices, on data with many ties. */
    @Property(tries = 200)
    void agreesWithAComparatorSort(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll long seed) {
        Random r = new Random(seed);
        double[] p = new double[n];
        double[] views = new double[n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            p[i] = r.nextInt(5) / 4.0;
            views[i] = r.nextInt(10) == 0 ? Double.NaN : r.nextInt(4);
            ids[i] = r.nextInt(6);
        }
        Comparator<Integer> byRule = Comparator.<Integer>comparingDouble(i -> -p[i])
                .thenComparingDouble(i -> Double.isNaN(views[i]) ? 1 : -views[i])
                .thenComparingLong(i -> ids[i])
                .thenComparingInt(i -> i);
        Integer[] expected = new Integer[n];
        for (int i = 0; i < n; i++) {
            expected[i] = i;
        }
        Arrays.sort(expected, byRule);
        assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
                QueueOrder.order(p, views, ids, n));
    }
}
