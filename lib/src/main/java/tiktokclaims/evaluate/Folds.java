package tiktokclaims.evaluate;

import java.util.SplittableRandom;

/** Seeded shuffling of row indices by class, shared by the stratified splitters. */
final class Folds {

    private Folds() {
    }

    /** Row indices of class 0 and of class 1, each in increasing order and then shuffled (Fisher-Yates). */
    static int[][] shuffledByClass(int[] y, long seed) {
        int nPos = 0;
        for (int v : y) {
            nPos += v;
        }
        int[][] byClass = {new int[y.length - nPos], new int[nPos]};
        int[] fill = new int[2];
        for (int i = 0; i < y.length; i++) {
            byClass[y[i]][fill[y[i]]++] = i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int[] rows : byClass) {
            for (int i = rows.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
        }
        return byClass;
    }

    /** The rows 0..n-1 that are not in {@code sorted} (which is increasing). */
    static int[] complement(int n, int[] sorted) {
        int[] out = new int[n - sorted.length];
        int k = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (j < sorted.length && sorted[j] == i) {
                j++;
            } else {
                out[k++] = i;
            }
        }
        return out;
    }
}
