package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link BarLabels}: every count chart is rendered, and the label boxes (from the font metrics they were placed
 * with) intersect no other label, no bar but their own, and never reach the axis line.
 */
class BarLabelsTest {

    private static final EdaCharts EDA = new EdaCharts();

    /** Rows of (x, group) with the given counts: counts[group][x]. */
    private static Table table(String[] xs, String[] groups, int[][] counts) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            for (int x = 0; x < xs.length; x++) {
                for (int k = 0; k < counts[g][x]; k++) {
                    a.add(xs[x]);
                    b.add(groups[g]);
                }
            }
        }
        return Table.create("t", StringColumn.create("x", a), StringColumn.create("g", b));
    }

    private static BarLabels labels(Chart<?, ?> chart) throws Exception {
        Field f = Chart.class.getDeclaredField("annotations");
        f.setAccessible(true);
        for (Object part : (List<?>) f.get(chart)) {
            if (part instanceof BarLabels) {
                return (BarLabels) part;
            }
        }
        throw new AssertionError("no BarLabels on the chart");
    }

    private static void assertClear(CategoryChart chart, String name, int expectedLabels) throws Exception {
        Rendered.assertDrawn(chart, name, 720, 420);
        BarLabels l = labels(chart);
        List<Rectangle> boxes = l.placed();
        List<Rectangle> bars = l.bars();
        assertEquals(expectedLabels, boxes.size(), name);
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle box = boxes.get(i);
            assertTrue(box.y + box.height <= l.axisY() - 1, name + ": label " + i + " " + box + " reaches the axis at "
                    + l.axisY());
            assertTrue(box.y >= 0 && box.x >= 0 && box.x + box.width <= 720, name + ": label " + i + " " + box
                    + " leaves the chart");
            for (int j = 0; j < boxes.size(); j++) {
                assertFalse(i != j && box.intersects(boxes.get(j)), name + ": labels " + i + " and " + j + " overlap: "
                        + box + " " + boxes.get(j));
            }
            for (int j = 0; j < bars.size(); j++) {
                Rectangle bar = bars.get(j);
                boolean inside = bar.contains(box);
                assertFalse(bar.height > 0 && box.intersects(bar) && !(j == i && inside), name + ": label " + i + " "
                        + box + " crosses bar " + j + " " + bar);
            }
        }
    }

    @Test
    void theSummarysThinVerifiedClaimBarGetsItsLabelOffTheAxis() throws Exception {
        // The executive summary's chart 1: verified accounts have 209 claims under 991 opinions, beside 9,399 and
        // 8,485; the 209 segment is a few pixels tall.
        Table t = table(new String[] {"not verified", "verified"}, new String[] {"claim", "opinion"},
                new int[][] {{9399, 209}, {8485, 991}});
        for (Layout layout : List.of(Layout.STACKED, Layout.GROUPED)) {
            assertClear(EDA.counts(t, "x", "g", layout), "bar-labels-summary-" + layout, 4);
        }
    }

    @Test
    void extremeShapesKeepEveryLabelClear() throws Exception {
        Table tiny = table(new String[] {"a", "b", "c"}, new String[] {"p", "q", "r"},
                new int[][] {{5000, 3, 0}, {2, 4000, 1}, {3000, 1, 2}});
        assertClear(EDA.counts(tiny, "x", "g", Layout.STACKED), "bar-labels-tiny-stacked", 9);
        assertClear(EDA.counts(tiny, "x", "g", Layout.GROUPED), "bar-labels-tiny-grouped", 9);
        Table one = table(new String[] {"a", "b"}, new String[] {"p"}, new int[][] {{12345, 7}});
        assertClear(EDA.counts(one, "x"), "bar-labels-single", 2);
    }

    @Test
    void aLabelGoesInsideATallBarAndAboveAShortTopOne() {
        Rectangle tall = new Rectangle(100, 50, 60, 200);
        Rectangle inside = BarLabels.place(tall, 30, 12, true, 250, List.of(), List.of(tall));
        assertTrue(tall.contains(inside), inside.toString());
        Rectangle shortBar = new Rectangle(200, 245, 60, 5);
        Rectangle above = BarLabels.place(shortBar, 30, 12, true, 250, List.of(), List.of(shortBar));
        assertEquals(245 - BarLabels.PAD - 12, above.y);
        Rectangle thinLow = new Rectangle(300, 246, 60, 4);
        Rectangle beside = BarLabels.place(thinLow, 30, 12, false, 250, List.of(), List.of(thinLow));
        assertEquals(300 + 60 + BarLabels.PAD, beside.x);
        assertTrue(beside.y + beside.height <= 250 - BarLabels.PAD, beside.toString());
    }
}
