package tiktokclaims.evaluate;

import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * The precision-recall curve and average precision, identical to scikit-learn's
 * {@code precision_recall_curve(y_true, y_score)} (default {@code drop_intermediate=False}) and
 * {@code average_precision_score}. Thresholds are the distinct scores in increasing order; {@code precision[i]}
 * and {@code recall[i]} hold for "positive when score {@code >= thresholds[i]}"; the arrays end with the extra
 * point precision 1, recall 0 (one element longer than the thresholds).
 *
 * <p>With no positive row, recall is 1 at every threshold (scikit-learn's convention) and average precision is 0.
 *
 * <p>Written by hand: no library on the classpath gives scikit-learn's curve and average precision, which the charts
 * and the parity tests need.
 */
public final class PrecisionRecallCurve implements Renderable {

    private final double[] precision;
    private final double[] recall;
    private final double[] thresholds;
    private final double averagePrecision;

    private PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds, double ap) {
        this.precision = precision;
        this.recall = recall;
        this.thresholds = thresholds;
        this.averagePrecision = ap;
    }

    /** The curve of 0/1 labels (1 = positive) against scores (higher = more likely positive). */
    public static PrecisionRecallCurve of(int[] actual, double[] score) {
        BinaryCurve c = BinaryCurve.of(actual, score);
        int n = c.size();
        double[] p = new double[n + 1];
        double[] r = new double[n + 1];
        double[] t = new double[n];
        double allTp = c.tps[n - 1];
        for (int i = 0; i < n; i++) {
            int j = n - 1 - i;
            double ps = c.tps[i] + c.fps[i];
            p[j] = ps != 0 ? c.tps[i] / ps : 0.0;
            r[j] = allTp == 0 ? 1.0 : c.tps[i] / allTp;
            t[j] = c.thresholds[i];
        }
        p[n] = 1.0;
        r[n] = 0.0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (r[i + 1] - r[i]) * p[i];
        }
        return new PrecisionRecallCurve(p, r, t, Math.max(0.0, -sum));
    }

    /** Precision at each threshold (increasing thresholds), then 1. */
    public double[] precision() {
        return precision.clone();
    }

    /** Recall at each threshold (non-increasing), then 0. */
    public double[] recall() {
        return recall.clone();
    }

    /** The distinct scores in increasing order. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Average precision: sum over thresholds of (recall step) x precision, scikit-learn's step-wise integral. */
    public double averagePrecision() {
        return averagePrecision;
    }

    /** The curve as a table with columns threshold, precision, recall (the final (1, 0) point has no threshold). */
    public Table toTable() {
        double[] t = Arrays.copyOf(thresholds, precision.length);
        t[thresholds.length] = Double.NaN;
        return Table.create("Precision-recall curve", DoubleColumn.create("threshold", t),
                DoubleColumn.create("precision", precision), DoubleColumn.create("recall", recall));
    }

    @Override
    public String toString() {
        return "Precision-recall curve: " + thresholds.length + " thresholds, average precision "
                + Html.fixed(averagePrecision, 4) + "\n";
    }

    @Override
    public String toHTML() {
        return "<p>Precision-recall curve: " + thresholds.length + " thresholds, average precision "
                + Html.fixed(averagePrecision, 4) + "</p>";
    }
}
