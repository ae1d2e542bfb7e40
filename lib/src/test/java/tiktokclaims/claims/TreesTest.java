package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Binning, the tree arrays and the two tree ensembles on hand-made data. */
class TreesTest {

    private static final ModelSettings SETTINGS = new ModelSettings(0.1, 25, 8, 2, 25, 4, 4, 0.1, 0.7);

    /** 400 rows, 6 features; the label is x0 + x1 > 1 (x2..x5 are noise, x5 takes only 3 values). */
    private static double[][] x() {
        SplittableRandom r = new SplittableRandom(5);
        double[][] x = new double[400][6];
        for (double[] row : x) {
            for (int j = 0; j < 5; j++) {
                row[j] = r.nextDouble();
            }
            row[5] = r.nextInt(3);
        }
        return x;
    }

    private static int[] y(double[][] x) {
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] + x[i][1] > 1 ? 1 : 0;
        }
        return y;
    }

    @Test
    void binsSplitBetweenDistinctValuesAndAgreeWithTheThreshold() {
        double[][] x = {{3}, {1}, {2}, {2}, {7}};
        Bins b = Bins.fit(x);
        assertEquals(4, b.count(0), "four distinct values, four bins");
        assertEquals(1.5, b.edge(0, 0));
        assertEquals(2.5, b.edge(0, 1));
        assertEquals(5.0, b.edge(0, 2));
        assertEquals(0, b.bin(0, 1.5), "a value on an edge is in the bin below it (x <= edge)");
        assertEquals(1, b.bin(0, 1.6));
        assertEquals(3, b.bin(0, 100));
        assertEquals(0, b.bin(0, -100));
        assertEquals(1, Bins.fit(new double[][] {{4}, {4}}).count(0), "a constant feature has one bin");
    }

    @Test
    void manyDistinctValuesGetAtMost255Bins() {
        double[][] x = x();
        Bins b = Bins.fit(x);
        assertTrue(b.count(0) <= Bins.MAX_BINS && b.count(0) > 200, "bins " + b.count(0));
        byte[][] binned = b.binned(x);
        for (int i = 0; i < x.length; i++) {
            int bin = binned[0][i] & 0xFF;
            assertTrue(bin == 0 || x[i][0] > b.edge(0, bin - 1));
            assertTrue(bin == b.count(0) - 1 || x[i][0] <= b.edge(0, bin));
        }
    }

    @Test
    void treeArraysAreCheckedAndPredict() {
        Tree t = Tree.of(new int[] {1, -1, -1}, new double[] {0.5, 0, 0}, new int[] {1, -1, -1},
                new int[] {2, -1, -1}, new double[] {0.4, 0.1, 0.9});
        assertEquals(0.1, t.predict(new double[] {0, 0.5}));
        assertEquals(0.9, t.predict(new double[] {0, 0.51}));
        assertEquals(3, t.nodes());
        assertThrows(IllegalArgumentException.class, () -> Tree.of(new int[] {0, -1}, new double[2],
                new int[] {0, -1}, new int[] {1, -1}, new double[2]), "a child pointing back would loop");
        assertThrows(IllegalArgumentException.class, () -> Tree.of(new int[] {0}, new double[1], new int[1],
                new int[2], new double[1]));
    }

    @Test
    void forestLearnsTheRuleAndIsTheSameOnOneThreadOrMany() throws Exception {
        double[][] x = x();
        int[] y = y(x);
        ForestClassifier a = ForestClassifier.fit(x, y, SETTINGS, 11);
        ForestClassifier b = new ForkJoinPool(1).submit(() -> ForestClassifier.fit(x, y, SETTINGS, 11)).get();
        ForestClassifier c = ForestClassifier.fit(x, y, SETTINGS, 12);
        assertEquals(25, a.trees().size());
        assertArrayEquals(scores(a, x), scores(b, x), "same seed, same forest, whatever the threads");
        assertArrayEquals(a.importance(), b.importance());
        assertTrue(!java.util.Arrays.equals(scores(a, x), scores(c, x)), "another seed, another forest");
        assertTrue(accuracy(a, x, y) > 0.95, "training accuracy " + accuracy(a, x, y));
        double[] imp = a.importance();
        assertTrue(imp[0] > imp[2] && imp[1] > imp[3], "the label's features matter most");
        for (Tree t : a.trees()) {
            for (double v : t.value()) {
                assertTrue(v >= 0 && v <= 1, "leaf values are shares of claims");
            }
        }
    }

    @Test
    void boostingLearnsTheRuleReproducibly() {
        double[][] x = x();
        int[] y = y(x);
        BoostedClassifier a = BoostedClassifier.fit(x, y, SETTINGS, 3);
        BoostedClassifier b = BoostedClassifier.fit(x, y, SETTINGS, 3);
        assertArrayEquals(scores(a, x), scores(b, x));
        assertEquals(25, a.trees().size());
        for (Tree t : a.trees()) {
            int leaves = 0;
            for (int f : t.feature()) {
                leaves += f < 0 ? 1 : 0;
            }
            assertTrue(leaves <= 4, "at most boostMaxNodes leaves");
        }
        double share = (double) java.util.Arrays.stream(y).sum() / y.length;
        assertEquals(Math.log(share / (1 - share)), a.intercept(), 1e-12);
        assertTrue(accuracy(a, x, y) > 0.9, "training accuracy " + accuracy(a, x, y));
    }

    @Test
    void sparseColumnsGiveTheSameTreesAsTheDensePass() {
        SplittableRandom r = new SplittableRandom(9);
        int n = 600;
        double[][] x = new double[n][6];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 6; j++) {
                x[i][j] = r.nextDouble() < 0.1 ? r.nextDouble() : 0; // mostly 0, like a TF-IDF column
            }
            y[i] = x[i][0] + x[i][1] > 0.05 || r.nextDouble() < 0.1 ? 1 : 0;
        }
        Bins bins = Bins.fit(x);
        byte[][] binned = bins.binned(x);
        TreeGrower.Sparse sparse = TreeGrower.Sparse.of(binned);
        assertTrue(sparse.others()[0] != null && sparse.others()[0].length < n / 4, "column 0 is sparse");
        TreeGrower.Sparse dense = new TreeGrower.Sparse(sparse.common(), new int[6][]);
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        int[] ones = new int[n];
        java.util.Arrays.fill(ones, 1);
        double[] g = new double[n];
        double[] h = new double[n];
        for (boolean forest : new boolean[] {true, false}) {
            for (int i = 0; i < n; i++) {
                g[i] = forest ? y[i] : y[i] - 0.3;
                h[i] = forest ? 1 : 0.21;
            }
            int mtry = forest ? 2 : 6;
            int leaves = forest ? Integer.MAX_VALUE : 6;
            TreeGrower.Grown a = new TreeGrower(binned, sparse, bins, 10, leaves, 2, mtry, forest ? 0 : 1e-3, forest)
                    .grow(all.clone(), g, h, ones, 1.0, new SplittableRandom(4));
            TreeGrower.Grown d = new TreeGrower(binned, dense, bins, 10, leaves, 2, mtry, forest ? 0 : 1e-3, forest)
                    .grow(all.clone(), g, h, ones, 1.0, new SplittableRandom(4));
            assertTrue(a.tree().nodes() > 5, "a real tree: " + a.tree().nodes() + " nodes");
            assertArrayEquals(d.tree().feature(), a.tree().feature());
            assertArrayEquals(d.tree().threshold(), a.tree().threshold());
            assertArrayEquals(d.tree().left(), a.tree().left());
            assertArrayEquals(d.tree().value(), a.tree().value(), 1e-12);
        }
    }

    private static double[] scores(ClaimClassifier m, double[][] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = m.probability(x[i]);
        }
        return p;
    }

    private static double accuracy(ClaimClassifier m, double[][] x, int[] y) {
        int ok = 0;
        for (int i = 0; i < x.length; i++) {
            ok += (m.probability(x[i]) >= 0.5 ? 1 : 0) == y[i] ? 1 : 0;
        }
        return (double) ok / x.length;
    }

    @Test
    void treesAreListedInOrderAndImmutable() {
        double[][] x = x();
        ForestClassifier f = ForestClassifier.fit(x, y(x), SETTINGS, 1);
        List<Tree> trees = f.trees();
        assertThrows(UnsupportedOperationException.class, () -> trees.set(0, trees.get(1)));
        int[] feature = trees.get(0).feature();
        feature[0] = 99;
        assertTrue(trees.get(0).feature()[0] != 99, "the arrays handed out are copies");
    }
}
