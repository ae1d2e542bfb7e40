package tiktokclaims.evaluate;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TableFormat;
import tiktokclaims.report.TextTable;

/**
 * Per-class precision, recall, F1 and support, with accuracy, macro average and support-weighted average:
 * scikit-learn's {@code classification_report(y_true, y_pred, labels=[0, 1])} for a binary problem. Class 0's
 * scores treat 0 as the positive class. Zero denominators give 0.0 (scikit-learn's {@code zero_division="warn"}).
 */
public final class ClassificationReport implements Renderable {

    private final ConfusionMatrix cm;
    private final double[] precision = new double[2];
    private final double[] recall = new double[2];
    private final double[] f1 = new double[2];
    private final long[] support = new long[2];

    private ClassificationReport(ConfusionMatrix cm) {
        this.cm = cm;
        long[] tp = {cm.tn(), cm.tp()};
        long[] predicted = {cm.tn() + cm.fn(), cm.tp() + cm.fp()};
        support[0] = cm.tn() + cm.fp();
        support[1] = cm.tp() + cm.fn();
        for (int c = 0; c < 2; c++) {
            precision[c] = Checks.ratio(tp[c], predicted[c]);
            recall[c] = Checks.ratio(tp[c], support[c]);
            f1[c] = Checks.ratio(2.0 * tp[c], (double) support[c] + predicted[c]);
        }
    }

    /** The report for 0/1 labels, with display names for class 0 and class 1. */
    public static ClassificationReport of(int[] actual, int[] predicted, String negativeName, String positiveName) {
        return new ClassificationReport(ConfusionMatrix.of(actual, predicted, negativeName, positiveName));
    }

    /** The report of an existing confusion matrix (its class names are used). */
    public static ClassificationReport of(ConfusionMatrix cm) {
        return new ClassificationReport(cm);
    }

    /** The confusion matrix the report is computed from. */
    public ConfusionMatrix confusionMatrix() {
        return cm;
    }

    /** Precision of class {@code cls} (0 or 1), treating that class as positive. */
    public double precision(int cls) {
        return precision[index(cls)];
    }

    /** Recall of class {@code cls} (0 or 1). */
    public double recall(int cls) {
        return recall[index(cls)];
    }

    /** F1 of class {@code cls} (0 or 1). */
    public double f1(int cls) {
        return f1[index(cls)];
    }

    /** Number of rows whose actual class is {@code cls}. */
    public long support(int cls) {
        return support[index(cls)];
    }

    /** Share of rows predicted correctly. */
    public double accuracy() {
        return cm.accuracy();
    }

    /** Unweighted mean of the two class precisions. */
    public double macroPrecision() {
        return macro(precision);
    }

    /** Unweighted mean of the two class recalls. */
    public double macroRecall() {
        return macro(recall);
    }

    /** Unweighted mean of the two class F1 scores. */
    public double macroF1() {
        return macro(f1);
    }

    /** Support-weighted mean of the two class precisions. */
    public double weightedPrecision() {
        return weighted(precision);
    }

    /** Support-weighted mean of the two class recalls. */
    public double weightedRecall() {
        return weighted(recall);
    }

    /** Support-weighted mean of the two class F1 scores. */
    public double weightedF1() {
        return weighted(f1);
    }

    /** Total number of rows. */
    public long total() {
        return cm.total();
    }

    private static int index(int cls) {
        if (cls != 0 && cls != 1) {
            throw new IllegalArgumentException("class must be 0 or 1, got " + cls);
        }
        return cls;
    }

    private static double macro(double[] v) {
        return (v[0] + v[1]) / 2;
    }

    private double weighted(double[] v) {
        return (v[0] * support[0] + v[1] * support[1]) / (double) (support[0] + support[1]);
    }

    /**
     * The report as scikit-learn prints it: rows for both classes, "accuracy" (only f1-score and support are
     * filled), "macro avg" and "weighted avg"; columns class, precision, recall, f1-score, support.
     */
    public Table toTable() {
        StringColumn name = StringColumn.create("class",
                cm.negativeName(), cm.positiveName(), "accuracy", "macro avg", "weighted avg");
        DoubleColumn p = DoubleColumn.create("precision",
                precision[0], precision[1], Double.NaN, macroPrecision(), weightedPrecision());
        DoubleColumn r = DoubleColumn.create("recall",
                recall[0], recall[1], Double.NaN, macroRecall(), weightedRecall());
        DoubleColumn f = DoubleColumn.create("f1-score", f1[0], f1[1], accuracy(), macroF1(), weightedF1());
        LongColumn s = LongColumn.create("support", support[0], support[1], total(), total(), total());
        return TableFormat.decimals(Table.create("Classification report", name, p, r, f, s), 4);
    }

    @Override
    public String toString() {
        String[][] rows = {
            {"", "precision", "recall", "f1-score", "support"},
            line(Html.plain(cm.negativeName()), precision[0], recall[0], f1[0], support[0]),
            line(Html.plain(cm.positiveName()), precision[1], recall[1], f1[1], support[1]),
            {"accuracy", "", "", Html.fixed(accuracy(), 4), Html.thousands(total())},
            line("macro avg", macroPrecision(), macroRecall(), macroF1(), total()),
            line("weighted avg", weightedPrecision(), weightedRecall(), weightedF1(), total()),
        };
        return "Classification report\n" + TextTable.aligned(rows);
    }

    private static String[] line(String label, double p, double r, double f, long n) {
        return new String[] {label, Html.fixed(p, 4), Html.fixed(r, 4), Html.fixed(f, 4), Html.thousands(n)};
    }

    @Override
    public String toHTML() {
        return Html.table(toTable());
    }
}
