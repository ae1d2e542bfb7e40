package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RankedBarsTest {

    private static final RankedBars BARS = new RankedBars();

    @Test
    void firstNameOnTopAndEachBarFromZeroToItsValue() {
        XYChart chart = BARS.chart(List.of("text: someone shared", "log1p_view_count", "verified"),
                new double[] {0.5, 0.3, 0.2});
        BufferedImage img = Rendered.assertDrawn(chart, "ranked-bars", 720, 420);
        assertTrue(Rendered.hasColour(img, Style.BLUE), "bars drawn in blue");
        assertArrayEquals(new double[] {2, 2}, chart.getSeriesMap().get("text: someone shared").getYData(),
                "first name on the top row (y = n - 1)");
        assertArrayEquals(new double[] {0, 0.5}, chart.getSeriesMap().get("text: someone shared").getXData());
        assertArrayEquals(new double[] {0, 0}, chart.getSeriesMap().get("verified").getYData());
        assertEquals(0.0, chart.getStyler().getXAxisMin(), "positive bars start at 0");
    }

    @Test
    void tickLabelsAreTheNamesAtTheirRows() {
        List<String> names = List.of("a", "b", "c");
        assertEquals("a", ModelCharts.termLabel(names, 2.0));
        assertEquals("c", ModelCharts.termLabel(names, 0.0));
        assertEquals("", ModelCharts.termLabel(names, 0.5).replace("\u200B", ""), "only invisible text between bars");
    }

    @Test
    void fromATableInRowOrder() {
        Table t = Table.create("importance", StringColumn.create("feature", "x", "y"),
                DoubleColumn.create("share", 0.7, 0.3));
        XYChart chart = BARS.chart(t, "feature", "share");
        Rendered.assertDrawn(chart, "ranked-bars-table", 720, 420);
        assertArrayEquals(new double[] {1, 1}, chart.getSeriesMap().get("x").getYData(), "row 0 on top");
        t.doubleColumn("share").setMissing(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BARS.chart(t, "feature", "share"));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void negativeValuesExtendLeftAndBadInputIsRefused() {
        XYChart chart = BARS.chart(List.of("up", "down"), new double[] {1.0, -0.5});
        Rendered.assertDrawn(chart, "ranked-bars-negative", 720, 420);
        assertTrue(chart.getStyler().getXAxisMin() < -0.5, "axis reaches below the negative bar");
        assertThrows(IllegalArgumentException.class, () -> BARS.chart(List.of(), new double[0]));
        assertThrows(IllegalArgumentException.class, () -> BARS.chart(List.of("a"), new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> BARS.chart(List.of("a", "a"), new double[] {1, 2}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BARS.chart(List.of("a"), new double[] {Double.NaN}));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }
}
