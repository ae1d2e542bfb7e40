package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Fits that cannot exist fail with a ModelFitException that names the cause and the column. */
class LogitErrorsTest {

    /** n rows: x1 normal, x2 normal, y from a moderate logit (no separation). */
    static double[][] data(int n, long seed, int[] y) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            double p = 1 / (1 + Math.exp(-(0.3 + 0.8 * x[i][0] - 0.5 * x[i][1])));
            y[i] = r.nextDouble() < p ? 1 : 0;
        }
        return x;
    }

    static ModelFitException failure(DesignMatrix d) {
        return assertThrows(ModelFitException.class, () -> Logit.fit(d));
    }

    @Test
    void classWithNoRowsIsNamed() {
        int[] y = new int[50];
        double[][] x = data(50, 1, new int[50]);
        ModelFitException e = failure(DesignMatrix.of(List.of("a", "b"), x, y, "verified_status"));
        assertEquals(ModelFitException.Reason.EMPTY_CLASS, e.reason());
        assertTrue(e.getMessage().contains("verified_status") && e.getMessage().contains("no rows of class '1'"),
                e.getMessage());
    }

    @Test
    void emptyClassNamesTheLabelFromATable() {
        Table t = Table.create("t").addColumns(DoubleColumn.create("x", 1, 2, 3, 4),
                StringColumn.create("status", "not verified", "not verified", "not verified", "not verified"));
        DesignMatrix d = ModelSpec.of("status", "verified").withNumeric("x").design(t);
        ModelFitException e = failure(d);
        assertTrue(e.getMessage().contains("no rows of class 'verified'"), e.getMessage());
    }

    @Test
    void constantColumnIsNamed() {
        int[] y = new int[200];
        double[][] x = data(200, 2, y);
        for (double[] row : x) {
            row[1] = 7.0;
        }
        ModelFitException e = failure(DesignMatrix.of(List.of("a", "flat"), x, y, "y"));
        assertEquals(ModelFitException.Reason.SINGULAR_DESIGN, e.reason());
        assertTrue(e.getMessage().contains("'flat' is constant"), e.getMessage());
    }

    @Test
    void collinearColumnIsNamedWithItsPartners() {
        int[] y = new int[200];
        double[][] base = data(200, 3, y);
        double[][] x = new double[200][3];
        for (int i = 0; i < 200; i++) {
            x[i] = new double[] {base[i][0], base[i][1], 2 * base[i][0] - 3 * base[i][1]};
        }
        ModelFitException e = failure(DesignMatrix.of(List.of("a", "b", "sum"), x, y, "y"));
        assertEquals(ModelFitException.Reason.SINGULAR_DESIGN, e.reason());
        assertTrue(e.getMessage().contains("'sum' is a linear combination of [a, b]"), e.getMessage());
    }

    @Test
    void perfectSeparationByOneColumnIsNamed() {
        int n = 100;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = i;
            y[i] = i >= 60 ? 1 : 0;
        }
        ModelFitException e = failure(DesignMatrix.of(List.of("noise", "views"), x, y, "y"));
        assertEquals(ModelFitException.Reason.SEPARATION, e.reason());
        assertTrue(e.getMessage().startsWith("perfect separation: column 'views'"), e.getMessage());
    }

    @Test
    void quasiSeparationByADummyIsNamed() {
        Table t = Table.create("t");
        int n = 300;
        SplittableRandom r = new SplittableRandom(5);
        DoubleColumn x = DoubleColumn.create("x");
        StringColumn g = StringColumn.create("g");
        StringColumn y = StringColumn.create("y");
        for (int i = 0; i < n; i++) {
            double v = r.nextGaussian();
            String level = i % 3 == 0 ? "banned" : i % 3 == 1 ? "active" : "review";
            boolean yes = level.equals("banned") ? false : r.nextDouble() < 1 / (1 + Math.exp(-v));
            x.append(v);
            g.append(level);
            y.append(yes ? "yes" : "no");
        }
        t.addColumns(x, g, y);
        ModelFitException e = failure(ModelSpec.of("y", "yes").withNumeric("x").withCategorical("g").design(t));
        assertEquals(ModelFitException.Reason.SEPARATION, e.reason());
        assertTrue(e.getMessage().startsWith("quasi-complete separation: column 'g_banned'"), e.getMessage());
        assertTrue(e.getMessage().contains("every row with g_banned = 1 has y = 'no'"), e.getMessage());
    }

    @Test
    void separationByACombinationOfColumnsIsDetected() {
        int n = 400;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        SplittableRandom r = new SplittableRandom(6);
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            y[i] = x[i][0] + x[i][1] > 0 ? 1 : 0;
        }
        ModelFitException e = failure(DesignMatrix.of(List.of("a", "b"), x, y, "y"));
        assertEquals(ModelFitException.Reason.SEPARATION, e.reason());
        assertTrue(e.getMessage().contains("perfect separation"), e.getMessage());
    }

    @Test
    void missingValuesAreNamed() {
        Table t = Table.create("t").addColumns(DoubleColumn.create("x", new double[] {1, Double.NaN, 3}),
                StringColumn.create("y", "a", "b", "a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.of("y", "a").withNumeric("x").design(t));
        assertTrue(e.getMessage().contains("column 'x' has 1 missing value"), e.getMessage());
    }

    @Test
    void unknownLevelInTestDataIsNamed() {
        Table train = Table.create("t").addColumns(StringColumn.create("g", "a", "b", "a"),
                StringColumn.create("y", "1", "0", "1"));
        Table test = Table.create("t").addColumns(StringColumn.create("g", "a", "c"), StringColumn.create("y", "1", "0"));
        Encoder enc = ModelSpec.of("y", "1").withCategorical("g").encoder(train);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enc.apply(test));
        assertTrue(e.getMessage().contains("level 'c'"), e.getMessage());
    }
}
