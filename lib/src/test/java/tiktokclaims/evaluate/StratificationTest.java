package tiktokclaims.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Stratified k-fold and train/test split: partition, class balance, determinism. */
class StratificationTest {

    private static int[] labels(int n0, int n1, long seed) {
        int[] y = new int[n0 + n1];
        Arrays.fill(y, n0, n0 + n1, 1);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = y.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
        return y;
    }

    @Property(tries = 300)
    void foldsPartitionRowsAndKeepClassRatio(@ForAll @IntRange(min = 0, max = 120) int n0,
            @ForAll @IntRange(min = 0, max = 120) int n1, @ForAll @IntRange(min = 2, max = 10) int k,
            @ForAll long seed) {
        if (n0 + n1 < k) {
            return;
        }
        int[] y = labels(n0, n1, seed ^ 0x5DEECE66DL);
        int n = y.length;
        int[][] folds = StratifiedKFold.split(y, k, seed);
        assertEquals(k, folds.length);
        int[] seen = new int[n];
        for (int[] fold : folds) {
            int pos = 0;
            for (int i = 0; i < fold.length; i++) {
                seen[fold[i]]++;
                pos += y[fold[i]];
                if (i > 0) {
                    assertTrue(fold[i - 1] < fold[i], "fold rows increasing");
                }
            }
            assertTrue(Math.abs(fold.length - (double) n / k) < 1, "fold size within one row of n/k");
            assertTrue(Math.abs(pos - (double) n1 / k) < 1, "positives within one row of n1/k");
            assertTrue(Math.abs(pos - fold.length * (double) n1 / n) <= 1 + 1e-9,
                    "fold class ratio within one row of the overall ratio");
        }
        for (int s : seen) {
            assertEquals(1, s, "every row in exactly one fold");
        }
    }

    @Test
    void sameSeedSameFoldsDifferentSeedDifferentFolds() {
        int[] y = labels(300, 120, 7);
        assertArrayEquals(StratifiedKFold.split(y, 5, 42), StratifiedKFold.split(y, 5, 42));
        assertFalse(Arrays.deepEquals(StratifiedKFold.split(y, 5, 42), StratifiedKFold.split(y, 5, 43)));
    }

    @Test
    void kOutOfRangeIsRejected() {
        int[] y = {0, 1, 0};
        assertThrows(IllegalArgumentException.class, () -> StratifiedKFold.split(y, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> StratifiedKFold.split(y, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> StratifiedKFold.split(new int[] {0, 2}, 2, 1));
    }

    @Property(tries = 300)
    void trainTestSplitIsStratifiedAndPartitions(@ForAll @IntRange(min = 1, max = 300) int n0,
            @ForAll @IntRange(min = 1, max = 300) int n1, @ForAll @IntRange(min = 1, max = 60) int percent,
            @ForAll long seed) {
        int[] y = labels(n0, n1, seed + 1);
        int n = y.length;
        double fraction = percent / 100.0;
        if (Math.ceil(fraction * n) >= n) {
            return;
        }
        StratifiedSplit s = StratifiedSplit.split(y, fraction, seed);
        int[] test = s.test();
        int[] train = s.train();
        assertEquals((int) Math.ceil(fraction * n), test.length, "test size as sklearn's ceil(f * n)");
        int[] seen = new int[n];
        int testPos = 0;
        for (int r : test) {
            seen[r]++;
            testPos += y[r];
        }
        for (int r : train) {
            seen[r]++;
        }
        for (int c : seen) {
            assertEquals(1, c, "train and test partition the rows");
        }
        assertTrue(Math.abs(testPos - test.length * (double) n1 / n) < 1, "test positives within one row");
        assertTrue(isIncreasing(test) && isIncreasing(train));
    }

    @Test
    void splitIsDeterministicPerSeed() {
        int[] y = labels(500, 200, 3);
        assertArrayEquals(StratifiedSplit.split(y, 0.2, 42).test(), StratifiedSplit.split(y, 0.2, 42).test());
        assertFalse(Arrays.equals(StratifiedSplit.split(y, 0.2, 42).test(), StratifiedSplit.split(y, 0.2, 7).test()));
    }

    private static boolean isIncreasing(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1] >= a[i]) {
                return false;
            }
        }
        return true;
    }
}
