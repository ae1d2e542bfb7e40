package tiktokclaims.evaluate;

import java.util.Arrays;

/**
 * Stratified k-fold assignment of row indices: each class is shuffled with the seed, the classes are laid end to
 * end and rows are dealt to folds in turn. So every fold holds {@code floor} or {@code ceil} of {@code n_c / k} rows
 * of each class c, fold sizes differ by at most one, and the folds partition the rows. Same seed, same folds.
 *
 * <p>Written by hand: Smile's splitters draw from its one shared generator, so folds depend on what ran before; ours
 * take an explicit seed (same seed, same folds).
 */
public final class StratifiedKFold {

    private StratifiedKFold() {
    }

    /**
     * Test-row indices of each of {@code k} folds (each increasing); the training rows of fold f are all other
     * rows. Requires {@code 2 <= k <= y.length}.
     */
    public static int[][] split(int[] y, int k, long seed) {
        Checks.labels("y", y);
        if (k < 2 || k > y.length) {
            throw new IllegalArgumentException("k must be in [2, " + y.length + "], got " + k);
        }
        int[][] byClass = Folds.shuffledByClass(y, seed);
        int[] sizes = new int[k];
        for (int i = 0; i < y.length; i++) {
            sizes[i % k]++;
        }
        int[][] folds = new int[k][];
        int[] fill = new int[k];
        for (int f = 0; f < k; f++) {
            folds[f] = new int[sizes[f]];
        }
        int pos = 0;
        for (int[] rows : byClass) {
            for (int r : rows) {
                int f = pos++ % k;
                folds[f][fill[f]++] = r;
            }
        }
        for (int[] fold : folds) {
            Arrays.sort(fold);
        }
        return folds;
    }
}
