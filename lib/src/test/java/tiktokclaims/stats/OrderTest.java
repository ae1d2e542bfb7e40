package tiktokclaims.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Stable argsort, checked against numpy's argsort(kind="stable") by hand. */
class OrderTest {

    @Test
    void tiesKeepIndexOrderBothWays() {
        double[] v = {3, 1, 2, 1, 3};
        assertArrayEquals(new int[] {1, 3, 2, 0, 4}, Order.ascending(v));
        assertArrayEquals(new int[] {0, 4, 2, 1, 3}, Order.descending(v));
    }

    @Test
    void nanSortsAboveEveryNumber() {
        double[] v = {Double.NaN, 1, Double.POSITIVE_INFINITY};
        assertArrayEquals(new int[] {1, 2, 0}, Order.ascending(v));
        assertArrayEquals(new int[] {0, 2, 1}, Order.descending(v));
    }

    @Test
    void noValuesGiveNoIndices() {
        assertArrayEquals(new int[0], Order.ascending(new double[0]));
    }
}
