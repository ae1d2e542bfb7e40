package tiktokclaims.plot;

import tiktokclaims.evaluate.Calibration;
import tiktokclaims.evaluate.PrecisionRecallCurve;
import tiktokclaims.evaluate.RocCurve;

/**
 * One model's curve for {@link ModelCharts}: a name for the legend, the points, and a summary number shown in the
 * legend (AUC for ROC, average precision for precision-recall, Brier score for calibration; NaN: none).
 *
 * @param name    legend name, e.g. "Logistic regression"
 * @param x       x values (false positive rate, recall, or mean predicted probability)
 * @param y       y values (true positive rate, precision, or observed fraction), same length as x
 * @param summary the number shown after the name, or NaN
 */
public record Curve(String name, double[] x, double[] y, double summary) {

    /** Checks the curve and copies the arrays. */
    public Curve {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("curve name is empty");
        }
        ChartData.requireSameLength("x of curve '" + name + "'", x, "y", y);
        if (x.length == 0) {
            throw new IllegalArgumentException("curve '" + name + "' has no points");
        }
        ChartData.requireFinite("x of curve '" + name + "'", x);
        ChartData.requireFinite("y of curve '" + name + "'", y);
        x = x.clone();
        y = y.clone();
    }

    /** A curve without a summary number. */
    public static Curve of(String name, double[] x, double[] y) {
        return new Curve(name, x, y, Double.NaN);
    }

    /** The ROC curve (false positive rate, true positive rate) with its AUC. */
    public static Curve of(String name, RocCurve roc) {
        return new Curve(name, roc.fpr(), roc.tpr(), roc.auc());
    }

    /** The precision-recall curve (recall, precision) with its average precision. */
    public static Curve of(String name, PrecisionRecallCurve pr) {
        return new Curve(name, pr.recall(), pr.precision(), pr.averagePrecision());
    }

    /** The calibration curve (mean predicted probability, observed rate) with the Brier score. */
    public static Curve of(String name, Calibration calibration) {
        return new Curve(name, calibration.meanPredicted(), calibration.observedRate(), calibration.brier());
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
