package tiktokclaims.evaluate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * The headline scores of a binary classifier on one set of rows: precision, recall, F1 and accuracy of the
 * thresholded predictions, and ROC AUC of the scores (NaN when only one class is present).
 *
 * @param precision precision of class 1
 * @param recall recall of class 1
 * @param f1 F1 of class 1
 * @param accuracy share of rows predicted correctly
 * @param auc ROC AUC of the scores
 */
public record Metrics(double precision, double recall, double f1, double accuracy, double auc) implements Renderable {

    /** The metrics' names in {@link Metric} order, as tables and JSON show them. */
    public static final List<String> NAMES = Arrays.stream(Metric.values()).map(Metric::label).toList();

    /** Scores of 0/1 labels against scores, predicting positive when {@code score >= threshold}. */
    public static Metrics of(int[] actual, double[] score, double threshold) {
        return of(actual, Thresholds.predict(score, threshold), score);
    }

    /** Scores of given predictions (precision, recall, F1, accuracy) and of the scores behind them (AUC). */
    public static Metrics of(int[] actual, int[] predicted, double[] score) {
        ConfusionMatrix cm = ConfusionMatrix.of(actual, predicted);
        Checks.sameLength(actual.length, score.length);
        return new Metrics(cm.precision(), cm.recall(), cm.f1(), cm.accuracy(), RocCurve.of(actual, score).auc());
    }

    /** The metrics whose values {@code value} gives, e.g. the lower interval bounds of a bootstrap. */
    public static Metrics from(ToDoubleFunction<Metric> value) {
        return new Metrics(value.applyAsDouble(Metric.PRECISION), value.applyAsDouble(Metric.RECALL),
                value.applyAsDouble(Metric.F1), value.applyAsDouble(Metric.ACCURACY), value.applyAsDouble(Metric.AUC));
    }

    /** The value of one metric. */
    public double value(Metric metric) {
        return switch (metric) {
            case PRECISION -> precision;
            case RECALL -> recall;
            case F1 -> f1;
            case ACCURACY -> accuracy;
            case AUC -> auc;
        };
    }

    /** The metrics in {@link #NAMES} order, as a map (e.g. for {@code report.Json}). */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            m.put(metric.label(), value(metric));
        }
        return m;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Metric metric : Metric.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(metric.label()).append(' ')
                    .append(Html.fixed(value(metric), 4));
        }
        return b.toString();
    }

    @Override
    public String toHTML() {
        return "<p>" + Html.escape(toString()) + "</p>";
    }
}
