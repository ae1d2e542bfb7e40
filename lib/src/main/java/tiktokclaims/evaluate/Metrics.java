package tiktokclaims.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Metric names in order, as used in tables and by {@link #value(String)}. */
    public static final List<String> NAMES = List.of("precision", "recall", "f1", "accuracy", "auc");

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

    /** The metric called {@code name} (one of {@link #NAMES}). */
    public double value(String name) {
        return switch (name) {
            case "precision" -> precision;
            case "recall" -> recall;
            case "f1" -> f1;
            case "accuracy" -> accuracy;
            case "auc" -> auc;
            default -> throw new IllegalArgumentException("unknown metric " + name + ", expected one of " + NAMES);
        };
    }

    /** The metrics in {@link #NAMES} order, as a map (e.g. for {@code report.Json}). */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String n : NAMES) {
            m.put(n, value(n));
        }
        return m;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (String n : NAMES) {
            b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(Html.fixed(value(n), 4));
        }
        return b.toString();
    }

    @Override
    public String toHTML() {
        return "<p>" + Html.escape(toString()) + "</p>";
    }
}
