package tiktokclaims.plot;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.plot.ChartData.CountTable;
import tiktokclaims.report.Html;

/**
 * Exploratory charts of Tablesaw columns: histograms, box plots, count and proportion bars, scatter plots. Every
 * method returns an XChart chart in the project's {@link Style}; a notebook shows it inline as a cell's value, and
 * {@link ChartImages} saves it. Titles and axis titles are set from the column names (see {@link AxisLabels});
 * change them on the returned chart with {@code setTitle}, {@code setXAxisTitle}, {@code setYAxisTitle}.
 * Missing values are skipped.
 */
public final class EdaCharts {

    private final Style style;

    /** Charts at the default size (720 x 420). */
    public EdaCharts() {
        this(Style.DEFAULT);
    }

    /** Charts at the style's size. */
    public EdaCharts(Style style) {
        if (style == null) {
            throw new IllegalArgumentException("style is null");
        }
        this.style = style;
    }

    /** Histogram of a numeric column with {@code bins} equal-width bins. */
    public CategoryChart histogram(Table table, String column, int bins) {
        return histogram(table, column, bins, null, Layout.OVERLAID);
    }

    /**
     * Histogram of a numeric column with {@code bins} equal-width bins over the column's range, one series per
     * level of {@code groupColumn} (null: one series), overlaid (translucent), stacked or grouped (null layout:
     * overlaid). Values are counted in bin {@code floor((v - min) / width)}, the maximum in the last bin; x labels
     * are bin centres. A column whose values are all equal gets one bin of width 1 around the value.
     */
    public CategoryChart histogram(Table table, String column, int bins, String groupColumn, Layout layout) {
        if (bins < 1 || bins > 500) {
            throw new IllegalArgumentException("bins must be between 1 and 500, got " + bins);
        }
        Map<String, double[]> groups = ChartData.valuesByLevel(table, column, groupColumn);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("column '" + column + "' has no values to plot");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] values : groups.values()) {
            ChartData.requireFinite(column, values);
            for (double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        double width = (max - min) / bins;
        List<Double> centres = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            centres.add(min + (b + 0.5) * width);
        }
        CategoryChart chart = categoryChart(layout == null ? Layout.OVERLAID : layout);
        String title = "Distribution of " + AxisLabels.bare(column).toLowerCase(Locale.ROOT);
        chart.setTitle(groupColumn == null ? title
                : title + " by " + AxisLabels.bare(groupColumn).toLowerCase(Locale.ROOT));
        chart.setXAxisTitle(AxisLabels.of(column) + ", bin centre");
        chart.setYAxisTitle("Rows (count)");
        CategoryStyler s = chart.getStyler();
        s.setAvailableSpaceFill(layout == Layout.GROUPED ? 0.9 : 0.98);
        s.setYAxisDecimalPattern(Style.COUNT_PATTERN);
        chart.setCustomXAxisTickLabelsFormatter(binLabels(centres, width, style.width() / 90));
        s.setLegendVisible(groupColumn != null);
        int i = 0;
        for (Map.Entry<String, double[]> e : groups.entrySet()) {
            double[] counts = new double[bins];
            for (double v : e.getValue()) {
                counts[Math.min(bins - 1, (int) Math.floor((v - min) / width))]++;
            }
            List<Double> y = new ArrayList<>();
            for (double c : counts) {
                y.add(c);
            }
            CategorySeries series = chart.addSeries(seriesName(e.getKey(), e.getValue().length), centres, y);
            series.setFillColor(layout == Layout.OVERLAID && groups.size() > 1
                    ? Style.translucent(Style.color(i), 120) : Style.color(i));
            i++;
        }
        return chart;
    }

    /** Box plot of a numeric column (one box). */
    public BoxChart boxPlot(Table table, String column) {
        return boxPlot(table, column, null);
    }

    /**
     * Box plots of a numeric column, one box per level of {@code groupColumn} (null: one box). Boxes show the
     * quartiles (linear interpolation, as pandas), whiskers reach the furthest value within 1.5 IQR, points beyond
     * are drawn one by one. Levels with no values are left out; a column whose values are all equal is refused
     * (XChart cannot draw it).
     */
    public BoxChart boxPlot(Table table, String column, String groupColumn) {
        Map<String, double[]> groups = ChartData.valuesByLevel(table, column, groupColumn);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("column '" + column + "' has no values to plot");
        }
        BoxChart chart = new BoxChart(style.width(), style.height(), Styler.ChartTheme.XChart);
        BoxStyler s = chart.getStyler();
        Style.applyAxes(s);
        s.setBoxplotCalCulationMethod(BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        s.setLegendVisible(false);
        s.setPlotGridVerticalLinesVisible(false);
        s.setMarkerSize(5);
        s.setYAxisDecimalPattern(AxisLabels.isCount(column) ? Style.COUNT_PATTERN : null);
        chart.setTitle(AxisLabels.bare(column) + (groupColumn == null ? ""
                : " by " + AxisLabels.bare(groupColumn).toLowerCase(Locale.ROOT)));
        chart.setXAxisTitle(groupColumn == null ? "" : AxisLabels.of(groupColumn));
        chart.setYAxisTitle(AxisLabels.of(column));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, double[]> e : groups.entrySet()) {
            ChartData.requireFinite(column, e.getValue());
            for (double v : e.getValue()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            chart.addSeries(seriesName(e.getKey(), e.getValue().length), e.getValue());
        }
        if (min == max) {
            throw new IllegalArgumentException("every value of '" + column + "' is " + min
                    + "; a box plot of a constant shows nothing (XChart cannot scale its axis)");
        }
        return chart;
    }

    /**
     * Box plots as {@link #boxPlot(Table, String, String)} with a dashed horizontal reference line at
     * {@code reference} (e.g. the Q3 + 1.5 IQR cap), labelled {@code referenceLabel} (may be empty).
     */
    public BoxChart boxPlot(Table table, String column, String groupColumn, double reference,
            String referenceLabel) {
        if (!Double.isFinite(reference)) {
            throw new IllegalArgumentException("reference line must be finite, got " + reference);
        }
        BoxChart chart = boxPlot(table, column, groupColumn);
        chart.addAnnotation(new AnnotationLine(reference, false, false));
        String label = referenceLabel == null ? "" : referenceLabel;
        if (!label.isEmpty()) {
            chart.setTitle(chart.getTitle() + " (dashed line: " + label + ")");
        }
        return chart;
    }

    /** Bars of row counts per level of {@code xColumn} (one series, no legend), the count written on each bar. */
    public CategoryChart counts(Table table, String xColumn) {
        return counts(table, xColumn, null, Layout.GROUPED);
    }

    /**
     * Bars of row counts with the count written on each bar: one bar group per level of {@code xColumn}, one
     * series per level of {@code groupColumn} (null: a single series), grouped or stacked (null layout: grouped).
     * A level pair without rows is a zero bar.
     */
    public CategoryChart counts(Table table, String xColumn, String groupColumn, Layout layout) {
        CountTable t = ChartData.counts(table, xColumn, groupColumn);
        CategoryChart chart = categoryChart(layout == null ? Layout.GROUPED : layout);
        chart.setTitle((groupColumn == null ? "Rows" : AxisLabels.bare(groupColumn)) + " by "
                + AxisLabels.bare(xColumn).toLowerCase(Locale.ROOT));
        chart.setXAxisTitle(AxisLabels.of(xColumn));
        chart.setYAxisTitle("Rows (count)");
        if (groupColumn == null) {
            chart.getStyler().setLegendVisible(false);
        }
        CategoryStyler s = chart.getStyler();
        s.setYAxisDecimalPattern(Style.COUNT_PATTERN);
        // Count labels placed by rule (BarLabels: inside when the bar is tall enough, else above it or beside it),
        // with headroom above the tallest bar for a label written above it.
        s.setLabelsVisible(false);
        boolean stacked = layout == Layout.STACKED;
        double[][] values = new double[t.groupLevels().size()][];
        double highest = 0;
        for (int g = 0; g < t.groupLevels().size(); g++) {
            List<Double> y = new ArrayList<>();
            for (long c : t.counts()[g]) {
                y.add((double) c);
            }
            values[g] = y.stream().mapToDouble(Double::doubleValue).toArray();
            chart.addSeries(t.groupLevels().get(g), t.xLevels(), y).setFillColor(Style.color(g));
        }
        for (int x = 0; x < t.xLevels().size(); x++) {
            double total = 0;
            for (double[] v : values) {
                total = stacked ? total + v[x] : Math.max(total, v[x]);
            }
            highest = Math.max(highest, total);
        }
        Font labelFont = Style.font(Font.PLAIN, 11);
        int labelHeight = LogTicks.metrics(labelFont).getHeight() + 2 * BarLabels.PAD;
        s.setYAxisMax(highest * (1 + 1.5 * labelHeight / Math.max(100.0, style.height() - 150)));
        chart.addAnnotation(new BarLabels(values, stacked, labelFont, Style.BLACK, s.getPlotContentSize(),
                s.getAvailableSpaceFill()));
        return chart;
    }

    /**
     * Stacked bars of proportions: for each level of {@code xColumn}, the percentage of its rows in each level of
     * {@code groupColumn} (each bar sums to 100 %).
     */
    public CategoryChart proportions(Table table, String xColumn, String groupColumn) {
        CountTable t = ChartData.counts(table, xColumn, groupColumn);
        CategoryChart chart = categoryChart(Layout.STACKED);
        chart.setTitle(AxisLabels.bare(groupColumn) + " within each " + AxisLabels.bare(xColumn).toLowerCase(
                Locale.ROOT));
        chart.setXAxisTitle(AxisLabels.of(xColumn));
        chart.setYAxisTitle("Share of rows (%)");
        CategoryStyler s = chart.getStyler();
        s.setYAxisMin(0.0);
        s.setYAxisMax(100.0);
        s.setYAxisDecimalPattern("0.0");
        s.setLabelsVisible(true);
        s.setLabelsPosition(0.5);
        for (int g = 0; g < t.groupLevels().size(); g++) {
            List<Double> y = new ArrayList<>();
            for (int x = 0; x < t.xLevels().size(); x++) {
                y.add(100.0 * t.counts()[g][x] / t.xTotal(x));
            }
            chart.addSeries(t.groupLevels().get(g), t.xLevels(), y).setFillColor(Style.color(g));
        }
        return chart;
    }

    /** Scatter plot of two numeric columns on linear axes. */
    public XYChart scatter(Table table, String xColumn, String yColumn) {
        return scatter(table, xColumn, yColumn, null, false, false);
    }

    /**
     * Scatter plot of two numeric columns, coloured by the levels of {@code colourColumn} (null: one colour), with
     * optional logarithmic axes (a log axis needs every plotted value to be positive).
     */
    public XYChart scatter(Table table, String xColumn, String yColumn, String colourColumn, boolean logX,
            boolean logY) {
        NumericColumn<?> x = ChartData.numeric(table, xColumn);
        NumericColumn<?> y = ChartData.numeric(table, yColumn);
        Column<?> c = colourColumn == null ? null : ChartData.column(table, colourColumn);
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (ChartData.complete(r, x, y, c)) {
                double xv = x.getDouble(r);
                double yv = y.getDouble(r);
                checkLog(logX, xColumn, xv);
                checkLog(logY, yColumn, yv);
                points.computeIfAbsent(c == null ? "all" : c.getString(r), k -> new ArrayList<>())
                        .add(new double[] {xv, yv});
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no rows with both '" + xColumn + "' and '" + yColumn + "' present");
        }
        XYChart chart = xyChart();
        chart.setTitle(AxisLabels.bare(yColumn) + " against " + AxisLabels.bare(xColumn).toLowerCase(
                Locale.ROOT));
        chart.setXAxisTitle(AxisLabels.of(xColumn) + (logX ? ", log scale" : ""));
        chart.setYAxisTitle(AxisLabels.of(yColumn) + (logY ? ", log scale" : ""));
        XYStyler s = chart.getStyler();
        s.setXAxisLogarithmic(logX);
        s.setYAxisLogarithmic(logY);
        s.setXAxisDecimalPattern(AxisLabels.isCount(xColumn) || logX ? Style.COUNT_PATTERN : null);
        s.setYAxisDecimalPattern(AxisLabels.isCount(yColumn) || logY ? Style.COUNT_PATTERN : null);
        s.setMarkerSize(5);
        s.setLegendVisible(colourColumn != null);
        int i = 0;
        for (String level : AxisLabels.order(new ArrayList<>(points.keySet()))) {
            List<double[]> p = points.get(level);
            double[] xs = p.stream().mapToDouble(a -> a[0]).toArray();
            double[] ys = p.stream().mapToDouble(a -> a[1]).toArray();
            XYSeries series = chart.addSeries(seriesName(level, xs.length), xs, ys);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(Style.translucent(Style.color(i), 150));
            i++;
        }
        return chart;
    }

    private static void checkLog(boolean log, String column, double v) {
        if (log && !(v > 0)) {
            throw new IllegalArgumentException("log axis for '" + column + "' needs positive values, found " + v
                    + "; filter the rows or use a linear axis");
        }
    }

    private static String seriesName(String level, int n) {
        return level + " (n = " + Html.thousands(n) + ")";
    }

    /**
     * Labels for bin centres: enough decimals to tell neighbouring bins apart, and only every k-th bin labelled
     * so that at most {@code maxLabels} labels share the axis.
     */
    private static Function<Double, String> binLabels(List<Double> centres, double width, int maxLabels) {
        int decimals = (int) Math.max(0, Math.min(4, Math.ceil(-Math.log10(width)) + 1));
        DecimalFormat f = new DecimalFormat(decimals == 0 ? Style.COUNT_PATTERN
                : Style.COUNT_PATTERN + "." + "#".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.ROOT));
        int every = Math.max(1, (int) Math.ceil(centres.size() / (double) Math.max(2, maxLabels)));
        return v -> {
            int i = centres.indexOf(v);
            return i >= 0 && i % every == 0 ? f.format(v) : "";
        };
    }

    private CategoryChart categoryChart(Layout layout) {
        CategoryChart chart = new CategoryChart(style.width(), style.height(), Styler.ChartTheme.XChart);
        CategoryStyler s = chart.getStyler();
        Style.applyAxes(s);
        s.setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
        s.setPlotGridVerticalLinesVisible(false);
        s.setOverlapped(layout == Layout.OVERLAID);
        s.setStacked(layout == Layout.STACKED);
        s.setAvailableSpaceFill(0.8);
        s.setLabelsFont(Style.font(Font.PLAIN, 11));
        s.setLabelsFontColorAutomaticEnabled(false);
        s.setLabelsFontColor(Style.BLACK);
        return chart;
    }

    private XYChart xyChart() {
        XYChart chart = new XYChart(style.width(), style.height(), Styler.ChartTheme.XChart);
        Style.applyAxes(chart.getStyler());
        return chart;
    }
}
