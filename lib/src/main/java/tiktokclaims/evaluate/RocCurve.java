package tiktokclaims.evaluate;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * The ROC curve and its area, identical to scikit-learn's {@code roc_curve(y_true, y_score)} (default
 * {@code drop_intermediate=True}: collinear points are dropped) and {@code roc_auc_score}. The first point is
 * (0, 0) with threshold +infinity; a row is predicted positive when its score is {@code >= threshold}. Tied scores
 * form one point (a diagonal step), so ties count as half, as in scikit-learn.
 *
 * <p>With only one class present the rates of the missing class are NaN and {@link #auc()} is NaN, as in
 * scikit-learn 1.6 (which also warns).
 *
 * <p>Written by hand: Smile gives the AUC only; the charts and threshold choices need scikit-learn's points and
 * thresholds (ties as one point, intermediate points dropped).
 */
public final class RocCurve implements Renderable {

    private final double[] fpr;
    private final double[] tpr;
    private final double[] thresholds;
    private final double auc;

    private RocCurve(double[] fpr, double[] tpr, double[] thresholds, double auc) {
        this.fpr = fpr;
        this.tpr = tpr;
        this.thresholds = thresholds;
        this.auc = auc;
    }

    /** The ROC curve of 0/1 labels (1 = positive) against scores (higher = more likely positive). */
    public static RocCurve of(int[] actual, double[] score) {
        BinaryCurve c = BinaryCurve.of(actual, score);
        int n = c.size();
        int[] keep = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            boolean corner = n <= 2 || i == 0 || i == n - 1
                    || c.fps[i + 1] - 2 * c.fps[i] + c.fps[i - 1] != 0
                    || c.tps[i + 1] - 2 * c.tps[i] + c.tps[i - 1] != 0;
            if (corner) {
                keep[k++] = i;
            }
        }
        double[] fpr = new double[k + 1];
        double[] tpr = new double[k + 1];
        double[] thr = new double[k + 1];
        thr[0] = Double.POSITIVE_INFINITY;
        double lastFp = c.negatives;
        double lastTp = c.positives;
        for (int j = 0; j < k; j++) {
            int i = keep[j];
            fpr[j + 1] = lastFp <= 0 ? Double.NaN : c.fps[i] / lastFp;
            tpr[j + 1] = lastTp <= 0 ? Double.NaN : c.tps[i] / lastTp;
            thr[j + 1] = c.thresholds[i];
        }
        fpr[0] = lastFp <= 0 ? Double.NaN : 0.0;
        tpr[0] = lastTp <= 0 ? Double.NaN : 0.0;
        double area = c.positives == 0 || c.negatives == 0 ? Double.NaN : trapezoid(fpr, tpr);
        return new RocCurve(fpr, tpr, thr, area);
    }

    private static double trapezoid(double[] x, double[] y) {
        double sum = 0;
        for (int i = 1; i < x.length; i++) {
            sum += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2.0;
        }
        return sum;
    }

    /** False positive rates, non-decreasing, starting at 0 and ending at 1. */
    public double[] fpr() {
        return fpr.clone();
    }

    /** True positive rates (recall), non-decreasing, starting at 0 and ending at 1. */
    public double[] tpr() {
        return tpr.clone();
    }

    /** Decreasing thresholds; the first is +infinity (nothing predicted positive). */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Area under the curve (trapezoidal rule), {@code roc_auc_score}; NaN when only one class is present. */
    public double auc() {
        return auc;
    }

    /** The curve as a table with columns threshold, fpr, tpr. */
    public Table toTable() {
        return Table.create("ROC curve", DoubleColumn.create("threshold", thresholds),
                DoubleColumn.create("fpr", fpr), DoubleColumn.create("tpr", tpr));
    }

    @Override
    public String toString() {
        return "ROC curve: " + fpr.length + " points, AUC " + Html.fixed(auc, 4) + "\n";
    }

    @Override
    public String toHTML() {
        return "<p>ROC curve: " + fpr.length + " points, AUC " + Html.fixed(auc, 4) + "</p>";
    }
}
