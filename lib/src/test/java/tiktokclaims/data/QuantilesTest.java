package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.eda.Fixtures;

class QuantilesTest {

    @Test
    void smallTableWithMissingValuesEqualsPandas() throws Exception {
        Table t = Table.read().csv(Fixtures.path("small_input.csv").toFile());
        for (Map<String, String> row : Fixtures.rows("small_quantiles.csv")) {
            double q = Double.parseDouble(row.get("q"));
            double actual = Quantiles.of(t.numberColumn(row.get("column")), q);
            assertEquals(Double.parseDouble(row.get("value")), actual, row.get("column") + " q=" + q);
        }
    }

    @Test
    void linearInterpolationByHand() {
        double[] v = {1, 2, 4, 8};
        assertEquals(1.75, Quantiles.ofSorted(v, 0.25));
        assertEquals(3.0, Quantiles.ofSorted(v, 0.5));
        assertEquals(5.0, Quantiles.ofSorted(v, 0.75));
        assertEquals(8.0, Quantiles.ofSorted(v, 1.0));
        assertTrue(Double.isNaN(Quantiles.ofSorted(new double[0], 0.5)));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.ofSorted(v, 1.5));
    }

    @Test
    void cappingLeavesTheInputAndMissingValuesAlone() {
        Table t = Table.create("t", DoubleColumn.create("x", 1.0, 5.0, Double.NaN, 10.0));
        Table capped = Cleaning.capAbove(t, "x", 4.0);
        assertEquals(10.0, t.doubleColumn("x").getDouble(3));
        assertEquals(4.0, capped.doubleColumn("x").getDouble(1));
        assertEquals(1.0, capped.doubleColumn("x").getDouble(0));
        assertTrue(capped.doubleColumn("x").isMissing(2));
    }

    @Test
    void dropIncompleteRemovesRowsWithAnyMissingValue() {
        Table t = ClaimsData.load(tiktokclaims.TestData.resource("data/ok_basic.csv"));
        Table clean = Cleaning.dropIncomplete(t);
        assertEquals(3, clean.rowCount());
        assertEquals(4, t.rowCount());
    }
}
