package tiktokclaims.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.evaluate.Calibration;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.evaluate.PrecisionRecallCurve;
import tiktokclaims.evaluate.RocCurve;
import tiktokclaims.model.Effect;
import tiktokclaims.model.Encoder;
import tiktokclaims.model.LogitResult;
import tiktokclaims.report.Html;

/**
 * Charts for model building and evaluation: correlation and confusion-matrix heat maps with the values written in
 * the cells, ROC, precision-recall and calibration curves of several models, an odds-ratio forest plot, and the
 * binned log-odds check of logit linearity. Every method returns an XChart chart in the project's {@link Style};
 * a notebook shows it inline as a cell's value, and {@link ChartImages} saves it. Change titles on the returned
 * chart with {@code setTitle}, {@code setXAxisTitle}, {@code setYAxisTitle}.
 */
public final class ModelCharts {

    private static final Color HEAT_LOW = Style.BLUE;
    private static final Color HEAT_HIGH = Style.VERMILLION;

    private final Style style;

    /** Charts at the default size (720 x 420). */
    public ModelCharts() {
        this(Style.DEFAULT);
    }

    /** Charts at the style's size. */
    public ModelCharts(Style style) {
        if (style == null) {
            throw new IllegalArgumentException("style is null");
        }
        this.style = style;
    }

    /**
     * Correlation heat map of a square matrix table: the first column holds the row names, the other columns (in
     * the same order as the rows) the coefficients in [-1, 1]. Cells show the coefficient with two decimals.
     */
    public HeatMapChart correlation(Table matrix) {
        if (matrix == null || matrix.columnCount() < 2) {
            throw new IllegalArgumentException("a correlation table needs a name column and at least one value column");
        }
        int n = matrix.rowCount();
        if (matrix.columnCount() != n + 1) {
            throw new IllegalArgumentException("a correlation table must be square: " + n + " rows but "
                    + (matrix.columnCount() - 1) + " value columns");
        }
        Column<?> names = matrix.column(0);
        List<String> labels = new ArrayList<>();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            labels.add(names.getString(i));
            for (int j = 0; j < n; j++) {
                Column<?> c = matrix.column(j + 1);
                if (!(c instanceof NumericColumn<?> num)) {
                    throw new IllegalArgumentException("correlation column '" + c.name() + "' is not numeric");
                }
                r[i][j] = num.isMissing(i) ? Double.NaN : num.getDouble(i);
            }
        }
        return correlation(labels, r);
    }

    /** Correlation heat map of {@code r[i][j]} (in [-1, 1]; NaN shown as "n/a") between the named variables. */
    public HeatMapChart correlation(List<String> names, double[][] r) {
        int n = checkSquare(names, r == null ? null : r.length, "correlation matrix");
        for (int i = 0; i < n; i++) {
            if (r[i] == null || r[i].length != n) {
                throw new IllegalArgumentException("correlation matrix row " + i + " must have " + n + " values");
            }
            for (double v : r[i]) {
                if (Double.isInfinite(v) || Math.abs(v) > 1 + 1e-9) {
                    throw new IllegalArgumentException("correlation " + v + " is outside [-1, 1]");
                }
            }
        }
        String[][] text = new String[n][n];
        double[][] shown = new double[n][n];
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int yi = n - 1 - i;
            for (int j = 0; j < n; j++) {
                double v = r[i][j];
                text[yi][j] = Double.isNaN(v) ? "n/a" : Html.fixed(v, 2);
                shown[yi][j] = Double.isNaN(v) ? 0.0 : v;
                cells.add(new Number[] {j, yi, shown[yi][j]});
            }
        }
        List<String> labels = names.stream().map(AxisLabels::bare).toList();
        HeatMapChart chart = heatMap(text, shown, labels, reversed(labels), cells, -1, 1);
        chart.setTitle("Correlation matrix (Pearson r)");
        HeatMapStyler s = chart.getStyler();
        s.setRangeColors(new Color[] {HEAT_LOW, Color.WHITE, HEAT_HIGH});
        s.setHeatMapValueDecimalPattern("0.0");
        s.setXAxisLabelRotation(n > 4 ? 30 : 0);
        return chart;
    }

    /**
     * Confusion-matrix heat map of {@code counts[actual][predicted]} (for two classes {@code [[tn, fp], [fn, tp]]},
     * as scikit-learn's {@code confusion_matrix}), the class names in the same order. Each cell shows the count and
     * its percentage of all rows.
     */
    public HeatMapChart confusionMatrix(long[][] counts, List<String> classNames) {
        int n = checkSquare(classNames, counts == null ? null : counts.length, "confusion matrix");
        long total = 0;
        long max = 0;
        for (int i = 0; i < n; i++) {
            if (counts[i] == null || counts[i].length != n) {
                throw new IllegalArgumentException("confusion matrix row " + i + " must have " + n + " counts");
            }
            for (long c : counts[i]) {
                if (c < 0) {
                    throw new IllegalArgumentException("confusion matrix count " + c + " is negative");
                }
                total += c;
                max = Math.max(max, c);
            }
        }
        String[][] text = new String[n][n];
        double[][] shown = new double[n][n];
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int yi = n - 1 - i;
            for (int j = 0; j < n; j++) {
                long c = counts[i][j];
                String pct = total == 0 ? "n/a" : Html.fixed(100.0 * c / total, 1) + " %";
                text[yi][j] = Html.thousands(c) + "\n" + pct;
                shown[yi][j] = c;
                cells.add(new Number[] {j, yi, c});
            }
        }
        HeatMapChart chart = heatMap(text, shown, classNames, reversed(classNames), cells, 0, Math.max(1, max));
        chart.setTitle("Confusion matrix (n = " + Html.thousands(total) + ")");
        chart.setXAxisTitle("Predicted class");
        chart.setYAxisTitle("Actual class");
        HeatMapStyler s = chart.getStyler();
        s.setRangeColors(new Color[] {Color.WHITE, HEAT_LOW});
        s.setLegendVisible(false);
        return chart;
    }

    /** Confusion-matrix heat map of an evaluated model (class names from the matrix). */
    public HeatMapChart confusionMatrix(ConfusionMatrix matrix) {
        return confusionMatrix(matrix.toArray(), List.of(matrix.negativeName(), matrix.positiveName()));
    }

    /** ROC curves of several models on one chart, with the chance diagonal; the legend shows each AUC. */
    public XYChart roc(List<Curve> curves) {
        XYChart chart = curveChart(curves, "AUC", 3, Styler.LegendPosition.InsideSE);
        chart.setTitle("ROC curve");
        chart.setXAxisTitle("False positive rate (1 - specificity)");
        chart.setYAxisTitle("True positive rate (recall)");
        reference(chart, "chance", new double[] {0, 1}, new double[] {0, 1});
        return chart;
    }

    /** ROC curves of evaluated models, by name in the map's order. */
    public XYChart rocCurves(Map<String, RocCurve> curves) {
        return roc(named(curves, Curve::of));
    }

    /** Precision-recall curves of several models on one chart; the legend shows each average precision. */
    public XYChart precisionRecall(List<Curve> curves) {
        XYChart chart = curveChart(curves, "AP", 3, Styler.LegendPosition.InsideSW);
        chart.setTitle("Precision-recall curve");
        chart.setXAxisTitle("Recall (true positive rate)");
        chart.setYAxisTitle("Precision (positive predictive value)");
        return chart;
    }

    /**
     * Precision-recall curves with the no-skill line at the positive class's prevalence (the precision of a
     * random ranking), dashed.
     */
    public XYChart precisionRecall(List<Curve> curves, double prevalence) {
        if (!(prevalence >= 0 && prevalence <= 1)) {
            throw new IllegalArgumentException("prevalence must be in [0, 1], got " + prevalence);
        }
        XYChart chart = precisionRecall(curves);
        reference(chart, "no skill (prevalence " + Html.fixed(prevalence, 3) + ")", new double[] {0, 1},
                new double[] {prevalence, prevalence});
        return chart;
    }

    /** Precision-recall curves of evaluated models, by name in the map's order. */
    public XYChart precisionRecallCurves(Map<String, PrecisionRecallCurve> curves) {
        return precisionRecall(named(curves, Curve::of));
    }

    /**
     * Calibration curves (mean predicted probability against observed fraction of positives, one point per bin)
     * with the diagonal of perfect calibration; the legend shows each Brier score when given.
     */
    public XYChart calibration(List<Curve> curves) {
        XYChart chart = curveChart(curves, "Brier", 4, Styler.LegendPosition.InsideNW);
        chart.setTitle("Calibration curve");
        chart.setXAxisTitle("Mean predicted probability");
        chart.setYAxisTitle("Observed fraction of positives");
        for (XYSeries s : chart.getSeriesMap().values()) {
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        reference(chart, "perfectly calibrated", new double[] {0, 1}, new double[] {0, 1});
        return chart;
    }

    /** Calibration curves of evaluated models, by name in the map's order. */
    public XYChart calibrationCurves(Map<String, Calibration> curves) {
        return calibration(named(curves, Curve::of));
    }

    /** One curve per map entry, in the map's order, each made by {@code of} from its name and result. */
    private static <R> List<Curve> named(Map<String, R> results, BiFunction<String, R, Curve> of) {
        List<Curve> list = new ArrayList<>();
        results.forEach((name, r) -> list.add(of.apply(name, r)));
        return list;
    }

    /**
     * Forest plot of a fitted model's odds ratios with their 95 % intervals, the intercept left out, each term
     * labelled from the spec of the encoder that made the design ({@link AxisLabels#term}), never by a typed list.
     *
     * @param encoder the encoder the fitted design came from ({@code spec.encoder(table)})
     * @param fit     the model fitted on {@code encoder.apply(table)}
     */
    public XYChart oddsRatios(Encoder encoder, LogitResult fit) {
        if (!encoder.terms().equals(fit.terms())) {
            throw new IllegalArgumentException("the model's terms " + fit.terms() + " are not the encoder's "
                    + encoder.terms());
        }
        List<Effect> effects = fit.effects().subList(1, fit.terms().size());
        return oddsRatios(effects.stream().map(e -> AxisLabels.term(encoder, e.term())).toList(),
                effects.stream().mapToDouble(Effect::oddsRatio).toArray(),
                effects.stream().mapToDouble(Effect::oddsRatioLow).toArray(),
                effects.stream().mapToDouble(Effect::oddsRatioHigh).toArray());
    }

    /**
     * Forest plot of odds ratios: one row per term (first term on top), the odds ratio as a point, its confidence
     * interval as a whisker, on a logarithmic x axis with a dashed reference line at 1 (no effect).
     *
     * @param terms    term names, e.g. "video_duration_sec"
     * @param oddsRatio odds ratios, positive
     * @param ciLow    lower confidence limits, positive, at most the odds ratio
     * @param ciHigh   upper confidence limits, at least the odds ratio
     */
    public XYChart oddsRatios(List<String> terms, double[] oddsRatio, double[] ciLow, double[] ciHigh) {
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException("no terms to plot");
        }
        int n = terms.size();
        for (double[] a : new double[][] {oddsRatio, ciLow, ciHigh}) {
            if (a == null || a.length != n) {
                throw new IllegalArgumentException("odds ratios and both confidence limits need " + n
                        + " values, one per term");
            }
        }
        for (int i = 0; i < n; i++) {
            if (!(ciLow[i] > 0 && ciLow[i] <= oddsRatio[i] && oddsRatio[i] <= ciHigh[i])
                    || Double.isInfinite(ciHigh[i])) {
                throw new IllegalArgumentException("term '" + terms.get(i) + "': need 0 < ci_low <= OR <= ci_high"
                        + " (finite), got " + ciLow[i] + " <= " + oddsRatio[i] + " <= " + ciHigh[i]);
            }
        }
        XYChart chart = xyChart();
        chart.setTitle("Odds ratios with 95 % confidence intervals");
        chart.setXAxisTitle("Odds ratio (log scale)");
        chart.setYAxisTitle("");
        XYStyler s = chart.getStyler();
        double lo = 1;
        double hi = 1;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, ciLow[i]);
            hi = Math.max(hi, ciHigh[i]);
        }
        double pad = Math.exp(Math.max(0.02, 0.06 * (Math.log(hi) - Math.log(lo))));
        s.setXAxisLogarithmic(true);
        s.setXAxisMin(lo / pad);
        s.setXAxisMax(hi * pad);
        // XChart labels every 1..9 x 10^k tick of a log axis, and they overlap (0.6, 0.7, 0.8, 0.9, 1). The tick
        // labels are drawn here instead: only those that fit (LogTicks, measured with the tick font on a
        // conservative estimate of the plot's width: the chart less the term labels and the margins), in a row of
        // their own below the bottom term (y = -0.85; the terms sit at 0 .. n-1).
        s.setXAxisTicksVisible(false);
        java.awt.FontMetrics fm = LogTicks.metrics(s.getAxisTickLabelsFont());
        int termWidth = 0;
        for (String t : terms) {
            termWidth = Math.max(termWidth, fm.stringWidth(t));
        }
        LogTicks ticks = LogTicks.choose(lo / pad, hi * pad, Math.max(50, style.width() - termWidth - 80),
                s.getAxisTickLabelsFont());
        s.setAnnotationTextFont(s.getAxisTickLabelsFont());
        s.setAnnotationTextFontColor(Style.BLACK);
        for (double v : ticks.labelled()) {
            chart.addAnnotation(new AnnotationText(LogTicks.text(v), v, -0.85, false));
        }
        s.setYAxisMin(-1.1);
        s.setYAxisMax(n - 0.4);
        s.setPlotGridHorizontalLinesVisible(false);
        s.setYAxisTickMarkSpacingHint(Math.max(8, (style.height() - 130) / (2 * n + 2)));
        s.setLegendVisible(false);
        chart.setCustomYAxisTickLabelsFormatter(v -> termLabel(terms, v));
        // The reference line at odds ratio 1 stops above the tick-label row, so that it does not cross the "1".
        XYSeries reference = chart.addSeries("odds ratio 1", new double[] {1, 1}, new double[] {-0.6, n - 0.4});
        reference.setMarker(SeriesMarkers.NONE);
        reference.setLineColor(Style.REFERENCE);
        reference.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        reference.setShowInLegend(false);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double y = n - 1 - i;
            XYSeries ci = chart.addSeries("ci " + i, new double[] {ciLow[i], ciHigh[i]}, new double[] {y, y});
            ci.setMarker(SeriesMarkers.NONE);
            ci.setLineColor(Style.BLUE);
            ci.setLineStyle(new BasicStroke(2f));
            ci.setShowInLegend(false);
            xs[i] = oddsRatio[i];
            ys[i] = y;
        }
        XYSeries points = chart.addSeries("odds ratio", xs, ys);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.DIAMOND);
        points.setMarkerColor(Style.VERMILLION);
        s.setMarkerSize(10);
        return chart;
    }

    /**
     * Forest plot of odds ratios read from a table with one row per term, e.g. a coefficient table with columns
     * {@code term, odds_ratio, or_ci_low, or_ci_high} (drop the intercept row first if it should not be shown).
     */
    public XYChart oddsRatios(Table coefficients, String termColumn, String oddsRatioColumn, String ciLowColumn,
            String ciHighColumn) {
        Column<?> term = ChartData.column(coefficients, termColumn);
        NumericColumn<?> or = ChartData.numeric(coefficients, oddsRatioColumn);
        NumericColumn<?> lo = ChartData.numeric(coefficients, ciLowColumn);
        NumericColumn<?> hi = ChartData.numeric(coefficients, ciHighColumn);
        for (int r = 0; r < coefficients.rowCount(); r++) {
            if (!ChartData.complete(r, term, or, lo, hi)) {
                throw new IllegalArgumentException("row " + r + " of '" + coefficients.name()
                        + "' lacks a term, odds ratio or confidence limit");
            }
        }
        List<String> terms = new ArrayList<>();
        for (int r = 0; r < coefficients.rowCount(); r++) {
            terms.add(term.getString(r));
        }
        return oddsRatios(terms, or.asDoubleArray(), lo.asDoubleArray(), hi.asDoubleArray());
    }

    /**
     * The logit-linearity check for a continuous predictor: empirical log-odds per bin (points, with optional
     * error bars) against the bin centres, and the model's fitted log-odds as a line.
     *
     * @param predictor  column name of the predictor (the x axis title, see {@link AxisLabels})
     * @param binCentres x of each bin (e.g. the mean of the predictor in the bin)
     * @param logOdds    empirical log-odds per bin; finite (smooth empty or pure bins, e.g. add 0.5 to counts)
     * @param errors     half-length of each error bar (e.g. 1.96 standard errors), or null for none
     * @param fitX       x of the fitted line, or null for no line
     * @param fitY       fitted log-odds at fitX, or null for no line
     */
    public XYChart logitLinearity(String predictor, double[] binCentres, double[] logOdds, double[] errors,
            double[] fitX, double[] fitY) {
        ChartData.requireSameLength("bin centres", binCentres, "log-odds", logOdds);
        if (binCentres.length == 0) {
            throw new IllegalArgumentException("no bins to plot");
        }
        ChartData.requireFinite("bin centres", binCentres);
        ChartData.requireFinite("log-odds", logOdds);
        XYChart chart = xyChart();
        String label = predictor == null ? "predictor" : predictor;
        chart.setTitle("Linearity of the logit in " + AxisLabels.bare(label).toLowerCase(Locale.ROOT));
        chart.setXAxisTitle(AxisLabels.of(label));
        chart.setYAxisTitle("Log-odds of the outcome");
        XYStyler s = chart.getStyler();
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setXAxisDecimalPattern(AxisLabels.isCount(label) ? Style.COUNT_PATTERN : null);
        s.setYAxisDecimalPattern("0.0#");
        s.setMarkerSize(8);
        XYSeries bins;
        if (errors != null) {
            ChartData.requireSameLength("bin centres", binCentres, "error bars", errors);
            ChartData.requireFinite("error bars", errors);
            bins = chart.addSeries("empirical log-odds per bin (with error bars)", binCentres, logOdds, errors);
        } else {
            bins = chart.addSeries("empirical log-odds per bin", binCentres, logOdds);
        }
        bins.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        bins.setMarker(SeriesMarkers.CIRCLE);
        bins.setMarkerColor(Style.BLUE);
        if (fitX != null || fitY != null) {
            ChartData.requireSameLength("fitted x", fitX, "fitted log-odds", fitY);
            ChartData.requireFinite("fitted x", fitX);
            ChartData.requireFinite("fitted log-odds", fitY);
            if (fitX.length > 0) {
                XYSeries fit = chart.addSeries("fitted (model)", fitX, fitY);
                fit.setMarker(SeriesMarkers.NONE);
                fit.setLineColor(Style.VERMILLION);
                fit.setLineStyle(new BasicStroke(2.5f));
            }
        }
        return chart;
    }

    private XYChart curveChart(List<Curve> curves, String summaryName, int decimals,
            Styler.LegendPosition legend) {
        if (curves == null || curves.isEmpty()) {
            throw new IllegalArgumentException("no curves to plot");
        }
        XYChart chart = xyChart();
        XYStyler s = chart.getStyler();
        s.setXAxisMin(0.0);
        s.setXAxisMax(1.0);
        s.setYAxisMin(0.0);
        s.setYAxisMax(1.0);
        s.setXAxisDecimalPattern("0.0");
        s.setYAxisDecimalPattern("0.0");
        s.setLegendPosition(legend);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setMarkerSize(7);
        int i = 0;
        for (Curve c : curves) {
            String name = Double.isNaN(c.summary()) ? c.name()
                    : c.name() + " (" + summaryName + " = " + Html.fixed(c.summary(), decimals) + ")";
            if (chart.getSeriesMap().containsKey(name)) {
                throw new IllegalArgumentException("two curves are named '" + c.name() + "'");
            }
            XYSeries series = chart.addSeries(name, c.x(), c.y());
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(Style.color(i));
            series.setMarkerColor(Style.color(i));
            series.setLineStyle(new BasicStroke(2.5f));
            i++;
        }
        return chart;
    }

    private static void reference(XYChart chart, String name, double[] x, double[] y) {
        XYSeries ref = chart.addSeries(name, x, y);
        ref.setMarker(SeriesMarkers.NONE);
        ref.setLineColor(Style.REFERENCE);
        ref.setLineStyle(Style.dashed(1.5f));
    }

    private XYChart xyChart() {
        XYChart chart = new XYChart(style.width(), style.height(), Styler.ChartTheme.XChart);
        Style.applyAxes(chart.getStyler());
        return chart;
    }

    private HeatMapChart heatMap(String[][] text, double[][] values, List<String> x, List<String> y,
            List<Number[]> cells, double min, double max) {
        HeatMapChart chart = new AnnotatedHeatMap(style.width(), style.height(), text, values);
        HeatMapStyler s = chart.getStyler();
        Style.applyAxes(s);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setPlotContentSize(1.0);
        s.setPlotGridLinesVisible(false);
        s.setShowValue(false);
        s.setDrawBorder(true);
        s.setValueFont(Style.font(Font.PLAIN, 13));
        s.setMin(min);
        s.setMax(max);
        s.setGradientColorColumnWeight(12);
        s.setGradientColorColumnHeight(Math.max(120, style.width() / 3));
        chart.addSeries("values", x, y, cells);
        return chart;
    }

    private static int checkSquare(List<String> names, Integer rows, String what) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException(what + ": no names given");
        }
        if (rows == null || rows != names.size()) {
            throw new IllegalArgumentException(what + ": " + names.size() + " names but "
                    + (rows == null ? "no" : rows) + " rows");
        }
        for (String name : names) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException(what + ": a name is empty");
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException(what + ": names must be distinct, got " + names);
        }
        return names.size();
    }

    private static List<String> reversed(List<String> labels) {
        List<String> r = new ArrayList<>(labels);
        Collections.reverse(r);
        return r;
    }

    /**
     * The term name at an integer tick of the forest plot's y axis (term 0 on top). XChart drops tick labels that
     * repeat, so the ticks between terms get distinct invisible labels (zero-width spaces).
     */
    static String termLabel(List<String> terms, double v) {
        int n = terms.size();
        double k = Math.rint(v);
        int i = n - 1 - (int) k;
        if (Math.abs(v - k) < 1e-6 && i >= 0 && i < n) {
            return terms.get(i);
        }
        return "\u200B".repeat(Math.max(1, 1 + (int) Math.round((v + 2) * 8)));
    }
}
