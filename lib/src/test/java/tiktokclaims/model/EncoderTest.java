package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Encoding: dummy order and names, log1p, standardisation with training statistics. */
class EncoderTest {

    static Table table(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DoubleColumn views = DoubleColumn.create("views");
        DoubleColumn secs = DoubleColumn.create("secs");
        StringColumn ban = StringColumn.create("ban");
        StringColumn y = StringColumn.create("status");
        String[] levels = {"under review", "active", "banned"};
        for (int i = 0; i < n; i++) {
            double v = r.nextInt(100_000);
            double s = 5 + r.nextInt(56);
            String b = levels[r.nextInt(3)];
            double eta = -1 + 1e-5 * v - 0.01 * s + (b.equals("banned") ? -0.5 : 0);
            views.append(v);
            secs.append(s);
            ban.append(b);
            y.append(r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? "verified" : "not verified");
        }
        return Table.create("t").addColumns(views, secs, ban, y);
    }

    @Test
    void dummiesFollowSortedLevelsDroppingTheFirst() {
        Encoder enc = ModelSpec.of("status", "verified").withNumeric("views").withCategorical("ban").encoder(table(50, 1));
        assertEquals(List.of("active", "banned", "under review"), enc.levels("ban"));
        assertEquals(List.of("const", "views", "ban_banned", "ban_under_review"), enc.terms());
        DesignMatrix d = enc.apply(table(50, 1));
        assertEquals(List.of("not verified", "verified"), d.classLabels());
        Table t = table(50, 1);
        for (int i = 0; i < 50; i++) {
            String b = t.stringColumn("ban").get(i);
            assertEquals(b.equals("banned") ? 1.0 : 0.0, d.get(i, 2));
            assertEquals(b.equals("under review") ? 1.0 : 0.0, d.get(i, 3));
            assertEquals(t.stringColumn("status").get(i).equals("verified") ? 1 : 0, d.y()[i]);
        }
    }

    @Test
    void log1pThenStandardiseUsesTheTrainingStatistics() {
        Table train = table(200, 2);
        Table test = table(30, 3);
        Encoder enc = ModelSpec.of("status", "verified").withNumeric("views", "secs").withLog1p("views")
                .withStandardisation(true).encoder(train);
        double[] raw = train.doubleColumn("views").asDoubleArray();
        double mean = 0;
        for (double v : raw) {
            mean += Math.log1p(v);
        }
        mean /= raw.length;
        double ss = 0;
        for (double v : raw) {
            ss += (Math.log1p(v) - mean) * (Math.log1p(v) - mean);
        }
        double sd = Math.sqrt(ss / raw.length);
        assertArrayEquals(new double[] {mean, sd}, enc.scaling("views"), 1e-12);
        DesignMatrix d = enc.apply(test);
        for (int i = 0; i < 30; i++) {
            assertEquals((Math.log1p(test.doubleColumn("views").getDouble(i)) - mean) / sd, d.get(i, 1), 1e-12);
        }
    }

    @Test
    void standardisingDoesNotChangeMaximumLikelihoodPredictions() {
        Table t = table(2_000, 4);
        ModelSpec spec = ModelSpec.of("status", "verified").withNumeric("views", "secs").withCategorical("ban");
        DesignMatrix raw = spec.design(t);
        DesignMatrix std = spec.withStandardisation(true).design(t);
        double[] a = Logit.fit(raw).predictProba(raw);
        double[] b = Logit.fit(std).predictProba(std);
        assertArrayEquals(a, b, 1e-9);
    }

    @Test
    void anEmptyTableHasNoLevelsToLearn() {
        Table empty = table(0, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.of("status", "verified").withCategorical("ban").encoder(empty));
        assertEquals("categorical feature 'ban' has no values: the table has no rows to learn its levels from",
                e.getMessage());
    }

    @Test
    void log1pRejectsValuesAtOrBelowMinusOne() {
        Table t = Table.create("t").addColumns(DoubleColumn.create("x", 1, -1, 3), StringColumn.create("y", "a", "b", "a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.of("y", "a").withNumeric("x").withLog1p("x").design(t));
        assertEquals("log1p of 'x' needs values > -1; row 2 has -1.0", e.getMessage());
    }
}
