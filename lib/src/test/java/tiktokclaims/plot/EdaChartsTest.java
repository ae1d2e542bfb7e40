package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class EdaChartsTest {

    private static final EdaCharts EDA = new EdaCharts();

    /** 60 rows: durations 5..60, views spanning three decades, two claim labels, three ban labels. */
    static Table claims() {
        int n = 60;
        IntColumn duration = IntColumn.create("video_duration_sec");
        DoubleColumn views = DoubleColumn.create("video_view_count");
        StringColumn claim = StringColumn.create("claim_status");
        StringColumn ban = StringColumn.create("author_ban_status");
        StringColumn verified = StringColumn.create("verified_status");
        for (int i = 0; i < n; i++) {
            duration.append(5 + (i * 37) % 56);
            views.append(i % 2 == 0 ? 1000.0 * (1 + i * 13 % 50) : 200_000.0 + 15_000.0 * (i % 40));
            claim.append(i == 5 ? "" : i % 2 == 0 ? "opinion" : "claim");
            ban.append(i % 5 == 0 ? "banned" : i % 7 == 0 ? "under review" : "active");
            verified.append(i % 6 == 0 ? "verified" : "not verified");
        }
        views.set(3, 2_500_000.0);
        views.setMissing(4);
        return Table.create("claims", duration, views, claim, ban, verified);
    }

    @Test
    void histogramRendersAtDefaultSize() {
        CategoryChart chart = EDA.histogram(claims(), "video_view_count", 20);
        Rendered.assertDrawn(chart, "histogram", 720, 420);
        assertEquals("Views (count), bin centre", chart.getXAxisTitle());
        double total = chart.getSeriesMap().values().iterator().next().getYData().stream()
                .mapToDouble(Number::doubleValue).sum();
        assertEquals(59, total, "every non-missing value lands in one bin");
    }

    @Test
    void histogramByGroupOverlaidStackedAndGrouped() {
        for (Layout layout : Layout.values()) {
            CategoryChart chart = EDA.histogram(claims(), "video_duration_sec", 11, "claim_status", layout);
            BufferedImage img = Rendered.assertDrawn(chart, "histogram-" + layout, 720, 420);
            assertEquals(2, chart.getSeriesMap().size());
            if (layout != Layout.OVERLAID) {
                assertTrue(Rendered.hasColour(img, Style.BLUE), "first series in Okabe-Ito blue");
                assertTrue(Rendered.hasColour(img, Style.ORANGE), "second series in Okabe-Ito orange");
            }
        }
    }

    @Test
    void histogramOfEqualValuesRendersOneFilledBin() {
        Table t = Table.create("same", DoubleColumn.create("x", 3.0, 3.0, 3.0));
        CategoryChart chart = EDA.histogram(t, "x", 5);
        Rendered.assertDrawn(chart, "histogram-equal", 720, 420);
        var y = chart.getSeriesMap().values().iterator().next().getYData();
        assertEquals(3.0, y.stream().mapToDouble(Number::doubleValue).max().orElseThrow());
    }

    @Test
    void histogramRejectsEmptyInputAndBadBins() {
        Table empty = Table.create("empty", DoubleColumn.create("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EDA.histogram(empty, "x", 10));
        assertTrue(e.getMessage().contains("no values"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EDA.histogram(claims(), "video_view_count", 0));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> EDA.histogram(claims(), "nope", 10));
        assertTrue(missing.getMessage().contains("no column 'nope'"), missing.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> EDA.histogram(claims(), "claim_status", 10));
        assertTrue(text.getMessage().contains("not numeric"), text.getMessage());
    }

    @Test
    void boxPlotByCategoryWithReferenceLine() {
        BoxChart chart = EDA.boxPlot(claims(), "video_view_count", "author_ban_status", 1_200_000, "IQR cap");
        Rendered.assertDrawn(chart, "box", 720, 420);
        assertEquals(List.of("active (n = 40)", "under review (n = 7)", "banned (n = 12)"),
                List.copyOf(chart.getSeriesMap().keySet()), "levels in the dataset's order, missing skipped");
        Rendered.assertDrawn(EDA.boxPlot(claims(), "video_duration_sec"), "box-single", 720, 420);
    }

    @Test
    void boxPlotOfFlatGroupsRendersAndOfAConstantFailsClearly() {
        Table flat = Table.create("flat", DoubleColumn.create("x", 2.0, 2.0, 3.0, 3.0),
                StringColumn.create("g", "a", "a", "b", "b"));
        BufferedImage img = Rendered.assertDrawn(EDA.boxPlot(flat, "x", "g"), "box-flat", 720, 420);
        assertTrue(Rendered.hasColour(img, java.awt.Color.RED), "the flat boxes are drawn (XChart draws medians red)");
        Table same = Table.create("same", DoubleColumn.create("x", 2.0, 2.0, 2.0, 2.0),
                StringColumn.create("g", "a", "a", "b", "b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EDA.boxPlot(same, "x", "g"));
        assertTrue(e.getMessage().contains("every value of 'x' is 2.0"), e.getMessage());
    }

    @Test
    void boxPlotLeavesOutLevelsWithoutValues() {
        DoubleColumn x = DoubleColumn.create("x", 1.0, 2.0, 3.0, 4.0);
        x.setMissing(3);
        Table t = Table.create("t", x, StringColumn.create("g", "a", "a", "a", "b"));
        BoxChart chart = EDA.boxPlot(t, "x", "g");
        assertEquals(List.of("a (n = 3)"), List.copyOf(chart.getSeriesMap().keySet()));
        Rendered.assertDrawn(chart, "box-empty-level", 720, 420);
    }

    @Test
    void countsAndProportions() {
        for (Layout layout : List.of(Layout.GROUPED, Layout.STACKED)) {
            CategoryChart chart = EDA.counts(claims(), "verified_status", "claim_status", layout);
            Rendered.assertDrawn(chart, "counts-" + layout, 720, 420);
            assertEquals(List.of("claim", "opinion"), List.copyOf(chart.getSeriesMap().keySet()));
        }
        CategoryChart p = EDA.proportions(claims(), "author_ban_status", "claim_status");
        Rendered.assertDrawn(p, "proportions", 720, 420);
        double[] sums = new double[3];
        for (CategorySeries s : p.getSeriesMap().values()) {
            for (int i = 0; i < 3; i++) {
                sums[i] += List.copyOf(s.getYData()).get(i).doubleValue();
            }
        }
        for (double sum : sums) {
            assertEquals(100.0, sum, 1e-9);
        }
    }

    @Test
    void countsOfOneColumnAreOneSeriesOfLevelTotals() {
        Table t = Table.create("t", StringColumn.create("a", "x", "x", "y", ""));
        CategoryChart chart = EDA.counts(t, "a");
        Rendered.assertDrawn(chart, "counts-single", 720, 420);
        assertEquals(List.of("rows"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(List.of(2.0, 1.0), List.copyOf(chart.getSeriesMap().get("rows").getYData()).stream()
                .map(Number::doubleValue).toList());
        assertEquals("Rows by a", chart.getTitle());
    }

    @Test
    void countsWithAZeroCell() {
        Table t = Table.create("t", StringColumn.create("a", "x", "x", "y"), StringColumn.create("b", "p", "q", "p"));
        CategoryChart chart = EDA.counts(t, "a", "b", Layout.GROUPED);
        Rendered.assertDrawn(chart, "counts-zero", 720, 420);
        assertEquals(0.0, List.copyOf(chart.getSeriesMap().get("q").getYData()).get(1).doubleValue());
        Rendered.assertDrawn(EDA.proportions(t, "a", "b"), "proportions-zero", 720, 420);
    }

    @Test
    void countsOfEmptyTableFailClearly() {
        Table t = Table.create("t", StringColumn.create("a"), StringColumn.create("b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EDA.counts(t, "a", "b", Layout.GROUPED));
        assertTrue(e.getMessage().contains("no rows"), e.getMessage());
    }

    @Test
    void scatterLinearAndLogWithColours() {
        XYChart plain = EDA.scatter(claims(), "video_duration_sec", "video_view_count");
        Rendered.assertDrawn(plain, "scatter", 720, 420);
        XYChart log = new EdaCharts(Style.DEFAULT.withSize(600, 600)).scatter(claims(), "video_duration_sec",
                "video_view_count", "claim_status", false, true);
        Rendered.assertDrawn(log, "scatter-log", 600, 600);
        assertEquals(2, log.getSeriesMap().size());
    }

    @Test
    void logAxisRejectsNonPositiveValues() {
        Table t = Table.create("t", DoubleColumn.create("x", 0.0, 1.0), DoubleColumn.create("y", 1.0, 2.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EDA.scatter(t, "x", "y", null, true, false));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void fontsAreDejaVuSans() {
        assertEquals("DejaVu Sans", Style.font(java.awt.Font.PLAIN, 12).getFamily(),
                "DejaVu Sans must be installed (fonts-dejavu-core)");
    }
}
