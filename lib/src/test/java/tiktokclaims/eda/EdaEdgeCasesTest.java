package tiktokclaims.eda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;

class EdaEdgeCasesTest {

    private static Table small() {
        return Table.create("t",
                StringColumn.create("g", "b", "a", "", "b", "a", "c"),
                DoubleColumn.create("x", 1, 2, 3, Double.NaN, 5, 6),
                DoubleColumn.create("y", 2, 4, 6, 8, 10, 12));
    }

    @Test
    void valueCountsSkipMissingAndKeepFirstAppearanceOnTies() {
        Table vc = ValueCounts.of(small(), "g");
        assertEquals(List.of("b", "a", "c"), vc.stringColumn("g").asList());
        assertEquals(List.of(2, 2, 1), vc.intColumn("count").asList());
        assertEquals(0.4, vc.doubleColumn("proportion").getDouble(0));
    }

    @Test
    void describeOfAColumnWithoutValuesIsNaNExceptCount() {
        Table t = Table.create("t", DoubleColumn.create("z", Double.NaN, Double.NaN));
        Table d = Describe.of(t);
        assertEquals(0.0, d.doubleColumn("z").getDouble(0));
        for (int i = 1; i < Describe.STATISTICS.size(); i++) {
            assertTrue(Double.isNaN(d.doubleColumn("z").getDouble(i)), Describe.STATISTICS.get(i));
        }
    }

    @Test
    void perfectlyCollinearColumnsAreNamedErrors() {
        Table t = Table.create("t", DoubleColumn.create("a", 1, 2, 3, 4), DoubleColumn.create("b", 2, 4, 6, 8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vif.of(t, List.of("a", "b")));
        assertTrue(e.getMessage().contains("collinear"), e.getMessage());
    }

    @Test
    void wrongColumnNamesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Correlations.pearson(small(), List.of("x", "nope")));
        assertTrue(e.getMessage().contains("no column 'nope'"), e.getMessage());
        IllegalArgumentException notNumeric = assertThrows(IllegalArgumentException.class,
                () -> Describe.of(small(), List.of("g")));
        assertTrue(notNumeric.getMessage().contains("not numeric"), notNumeric.getMessage());
    }

    @Test
    void resultTablesRenderAsEscapedHtml() {
        Table t = Table.create("t", StringColumn.create("g", "<script>", "b"), DoubleColumn.create("x", 1, 2));
        String html = Html.table(ValueCounts.of(t, "g"));
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(!html.contains("<script>"), html);
    }
}
