package tiktokclaims.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Horizontal bars of named values in a given order, the first on top: e.g. the most important features of a
 * model, read from a table that is already sorted ({@code claims.ClaimsModel.featureImportance()}). Long names
 * stay readable on the y axis. Returns an XChart chart in the project's {@link Style}; change its titles with
 * {@code setTitle}, {@code setXAxisTitle}.
 *
 * <pre>{@code
 * new RankedBars().chart(importance.first(15), "feature", "share")
 * }</pre>
 */
public final class RankedBars {

    private final Style style;

    /** Charts at the default size (720 x 420). */
    public RankedBars() {
        this(Style.DEFAULT);
    }

    /** Charts at the style's size. */
    public RankedBars(Style style) {
        if (style == null) {
            throw new IllegalArgumentException("style is null");
        }
        this.style = style;
    }

    /**
     * One bar per name, from 0 to its value, the first name on top.
     *
     * @param names  bar labels, distinct
     * @param values bar lengths, finite, one per name (negative values extend left of 0)
     */
    public XYChart chart(List<String> names, double[] values) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("no bars to plot");
        }
        int n = names.size();
        if (values == null || values.length != n) {
            throw new IllegalArgumentException("need " + n + " values, one per name");
        }
        if (names.stream().distinct().count() != n) {
            throw new IllegalArgumentException("bar names must be distinct");
        }
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("'" + names.get(i) + "': value must be finite, got " + values[i]);
            }
            lo = Math.min(lo, values[i]);
            hi = Math.max(hi, values[i]);
        }
        double span = hi - lo > 0 ? hi - lo : 1;
        XYChart chart = new XYChart(style.width(), style.height(), Styler.ChartTheme.XChart);
        XYStyler s = chart.getStyler();
        Style.applyAxes(s);
        chart.setTitle("");
        chart.setXAxisTitle("");
        chart.setYAxisTitle("");
        s.setLegendVisible(false);
        s.setXAxisDecimalPattern("0.##");
        s.setXAxisMin(lo < 0 ? lo - 0.04 * span : 0);
        s.setXAxisMax(hi > 0 ? hi + 0.04 * span : 0);
        s.setYAxisMin(-0.6);
        s.setYAxisMax(n - 0.4);
        s.setPlotGridHorizontalLinesVisible(false);
        int slot = Math.max(8, (style.height() - 130) / (2 * n + 2));
        s.setYAxisTickMarkSpacingHint(slot);
        chart.setCustomYAxisTickLabelsFormatter(v -> ModelCharts.termLabel(names, v));
        float thickness = Math.max(2f, Math.min(28f, 0.6f * (style.height() - 130) / n));
        BasicStroke bar = new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        for (int i = 0; i < n; i++) {
            double y = n - 1 - i;
            XYSeries series = chart.addSeries(names.get(i), new double[] {0, values[i]}, new double[] {y, y});
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(Style.BLUE);
            series.setLineStyle(bar);
            series.setShowInLegend(false);
        }
        return chart;
    }

    /** Bars from two columns of a table, in the table's row order (first row on top); rows must be complete. */
    public XYChart chart(Table table, String nameColumn, String valueColumn) {
        Column<?> name = ChartData.column(table, nameColumn);
        NumericColumn<?> value = ChartData.numeric(table, valueColumn);
        List<String> names = new ArrayList<>();
        double[] values = new double[table.rowCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            if (!ChartData.complete(r, name, value)) {
                throw new IllegalArgumentException("row " + r + " of '" + table.name() + "' lacks a name or value");
            }
            names.add(name.getString(r));
            values[r] = value.getDouble(r);
        }
        return chart(names, values);
    }
}
