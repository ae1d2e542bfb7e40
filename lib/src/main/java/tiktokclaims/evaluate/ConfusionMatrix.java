package tiktokclaims.evaluate;

import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TextTable;

/**
 * The 2x2 confusion matrix of a binary classifier (labels 0 and 1, 1 = positive), laid out as scikit-learn's
 * {@code confusion_matrix(y_true, y_pred, labels=[0, 1])}: rows are the actual class, columns the predicted class.
 *
 * <p>Ratios whose denominator is zero (e.g. precision when nothing is predicted positive) are 0.0, the value
 * scikit-learn returns under its default {@code zero_division="warn"} (it also prints a warning; we do not).
 * F1 is computed as {@code 2 tp / (2 tp + fp + fn)}, exactly as scikit-learn 1.6 does.
 */
public final class ConfusionMatrix implements Renderable {

    private final long tn;
    private final long fp;
    private final long fn;
    private final long tp;
    private final String negativeName;
    private final String positiveName;

    private ConfusionMatrix(long tn, long fp, long fn, long tp, String negativeName, String positiveName) {
        if (tn < 0 || fp < 0 || fn < 0 || tp < 0 || tn + fp + fn + tp == 0) {
            throw new IllegalArgumentException("counts must be non-negative and not all zero");
        }
        if (negativeName == null || positiveName == null || negativeName.equals(positiveName)) {
            throw new IllegalArgumentException("class names must be two different non-null strings");
        }
        this.tn = tn;
        this.fp = fp;
        this.fn = fn;
        this.tp = tp;
        this.negativeName = negativeName;
        this.positiveName = positiveName;
    }

    /** The confusion matrix of 0/1 labels; the classes are named "0" and "1". */
    public static ConfusionMatrix of(int[] actual, int[] predicted) {
        return of(actual, predicted, "0", "1");
    }

    /** The confusion matrix of 0/1 labels, with display names for class 0 (negative) and class 1 (positive). */
    public static ConfusionMatrix of(int[] actual, int[] predicted, String negativeName, String positiveName) {
        Checks.labels("actual", actual);
        Checks.labels("predicted", predicted);
        Checks.sameLength(actual.length, predicted.length);
        long[] c = new long[4];
        for (int i = 0; i < actual.length; i++) {
            c[2 * actual[i] + predicted[i]]++;
        }
        return new ConfusionMatrix(c[0], c[1], c[2], c[3], negativeName, positiveName);
    }

    /** A confusion matrix from its four counts. */
    public static ConfusionMatrix ofCounts(long tn, long fp, long fn, long tp, String negativeName,
            String positiveName) {
        return new ConfusionMatrix(tn, fp, fn, tp, negativeName, positiveName);
    }

    /** True negatives: actual 0, predicted 0. */
    public long tn() {
        return tn;
    }

    /** False positives: actual 0, predicted 1. */
    public long fp() {
        return fp;
    }

    /** False negatives: actual 1, predicted 0. */
    public long fn() {
        return fn;
    }

    /** True positives: actual 1, predicted 1. */
    public long tp() {
        return tp;
    }

    /** Number of rows. */
    public long total() {
        return tn + fp + fn + tp;
    }

    /** Name of class 0. */
    public String negativeName() {
        return negativeName;
    }

    /** Name of class 1. */
    public String positiveName() {
        return positiveName;
    }

    /** tp / (tp + fp); 0.0 when nothing is predicted positive. */
    public double precision() {
        return Checks.ratio(tp, tp + fp);
    }

    /** tp / (tp + fn), the true positive rate; 0.0 when there are no actual positives. */
    public double recall() {
        return Checks.ratio(tp, tp + fn);
    }

    /** 2 tp / (2 tp + fp + fn), the harmonic mean of precision and recall; 0.0 when tp + fp + fn = 0. */
    public double f1() {
        return Checks.ratio(2.0 * tp, (double) (tp + fn) + (tp + fp));
    }

    /** (tp + tn) / total. */
    public double accuracy() {
        return (double) (tp + tn) / total();
    }

    /** tp + fp: the rows predicted positive (flagged). */
    public long flagged() {
        return tp + fp;
    }

    /** tp + fn: the rows that are positive. */
    public long positives() {
        return tp + fn;
    }

    /** fp / (fp + tn): the share of negatives predicted positive; 0.0 when there are no actual negatives. */
    public double falsePositiveRate() {
        return Checks.ratio(fp, fp + tn);
    }

    /** tn / (tn + fp), the true negative rate (recall of class 0); 0.0 when there are no actual negatives. */
    public double specificity() {
        return Checks.ratio(tn, tn + fp);
    }

    /** The matrix as {@code [[tn, fp], [fn, tp]]}, like scikit-learn's {@code confusion_matrix}. */
    public long[][] toArray() {
        return new long[][] {{tn, fp}, {fn, tp}};
    }

    /** The matrix as a table: column "actual" holds the class names, then one count column per predicted class. */
    public Table toTable() {
        return Table.create("Confusion matrix (rows: actual, columns: predicted)",
                StringColumn.create("actual", negativeName, positiveName),
                LongColumn.create("predicted " + negativeName, tn, fn),
                LongColumn.create("predicted " + positiveName, fp, tp));
    }

    private String summary() {
        return "precision " + Html.fixed(precision(), 4) + ", recall " + Html.fixed(recall(), 4)
                + ", F1 " + Html.fixed(f1(), 4) + ", accuracy " + Html.fixed(accuracy(), 4)
                + ", specificity " + Html.fixed(specificity(), 4) + " (positive class: " + positiveName + ")";
    }

    @Override
    public String toString() {
        String neg = Html.plain(negativeName);
        String pos = Html.plain(positiveName);
        String[][] cells = {
            {"", "predicted " + neg, "predicted " + pos},
            {"actual " + neg, Html.thousands(tn), Html.thousands(fp)},
            {"actual " + pos, Html.thousands(fn), Html.thousands(tp)},
        };
        return "Confusion matrix (rows: actual, columns: predicted)\n" + TextTable.aligned(cells)
                + Html.plain(summary()) + "\n";
    }

    @Override
    public String toHTML() {
        return Html.table(toTable()) + "<p>" + Html.escape(summary()) + "</p>";
    }
}
