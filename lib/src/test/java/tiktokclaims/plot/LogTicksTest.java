package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** {@link LogTicks}: the labelled ticks of a log axis never overlap, measured with the tick font's metrics. */
class LogTicksTest {

    private static final Font FONT = Style.font(Font.PLAIN, 11);

    private static void assertApart(LogTicks t, double min, double max, int px) {
        List<int[]> boxes = LogTicks.boxes(t.labelled(), min, max, px, FONT);
        for (int i = 1; i < boxes.size(); i++) {
            assertTrue(boxes.get(i)[0] - boxes.get(i - 1)[1] >= LogTicks.GAP, "labels " + t.labelled().get(i - 1)
                    + " and " + t.labelled().get(i) + " are closer than " + LogTicks.GAP + " px on " + px + " px");
        }
    }

    @Test
    void theSummaryForestPlotRangeLabelsFewerTicksWhenTheAxisIsShort() {
        // The executive summary's forest plot spans about 0.55 to 8; every 1..9 tick labelled overlapped at 0.6-1.
        LogTicks narrow = LogTicks.choose(0.55, 8, 400, FONT);
        assertApart(narrow, 0.55, 8, 400);
        assertTrue(narrow.labelled().contains(1.0), narrow.labelled().toString());
        assertTrue(!narrow.labelled().contains(0.7) || !narrow.labelled().contains(0.8), narrow.labelled().toString());
        assertEquals("", narrow.label(0.7).isEmpty() && narrow.label(0.9).isEmpty() ? "" : "0.7 or 0.9 labelled");
        LogTicks wide = LogTicks.choose(0.55, 8, 4000, FONT);
        assertEquals(List.of(0.6, 0.7, 0.8, 0.9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), wide.labelled());
        assertApart(wide, 0.55, 8, 4000);
        for (int px : new int[] {60, 120, 250, 500, 900}) {
            for (double[] range : new double[][] {{0.55, 1.45}, {0.01, 300}, {0.9, 1.1}, {2, 9}}) {
                assertApart(LogTicks.choose(range[0], range[1], px, FONT), range[0], range[1], px);
            }
        }
    }

    @Test
    void labelsAreShortNumbers() {
        assertEquals("0.6", LogTicks.text(0.6000000000000001));
        assertEquals("1", LogTicks.text(1.0));
        assertEquals("20", LogTicks.text(20.0));
        assertEquals("0.05", LogTicks.text(0.05));
        assertThrows(IllegalArgumentException.class, () -> LogTicks.choose(0, 1, 100, FONT));
        assertThrows(IllegalArgumentException.class, () -> LogTicks.choose(1, 1, 100, FONT));
    }

    @Test
    void theForestPlotDrawsOnlyTheTickLabelsThatFit() {
        XYChart chart = new ModelCharts().oddsRatios(List.of("Video length", "Opinion (vs claim)"),
                new double[] {0.98, 5.4}, new double[] {0.6, 4.0}, new double[] {1.3, 7.4});
        Rendered.assertDrawn(chart, "log-ticks-forest", Style.DEFAULT.width(), Style.DEFAULT.height());
        // XChart's own (overlapping) tick labels are off; the chart carries the LogTicks labels instead.
        assertTrue(!chart.getStyler().isXAxisTicksVisible());
    }
}
