package tiktokclaims.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tiktokclaims.evaluate.BootstrapResult;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.evaluate.Metric;
import tiktokclaims.evaluate.Metrics;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * What a {@link Pipeline} produced: the fitted model, the inference model, the test labels and scores, the
 * threshold, the metrics of the positive class with bootstrap intervals, and notes explaining the procedure.
 */
public final class PipelineResult implements Renderable {

    private final Pipeline pipeline;
    private final PenalizedLogitResult model;
    private final LogitResult inference;
    private final DesignMatrix train;
    private final DesignMatrix test;
    private final double[] scores;
    private final double threshold;
    private final Metrics metrics;
    private final ConfusionMatrix confusion;
    private final BootstrapResult intervals;
    private final double averagePrecision;
    private final int leakedTestRows;
    private final List<String> notes;

    PipelineResult(Pipeline pipeline, PenalizedLogitResult model, LogitResult inference, DesignMatrix train,
            DesignMatrix test, double[] scores, double threshold, Metrics metrics, ConfusionMatrix confusion,
            BootstrapResult intervals, double averagePrecision, int leakedTestRows, List<String> notes) {
        this.pipeline = pipeline;
        this.model = model;
        this.inference = inference;
        this.train = train;
        this.test = test;
        this.scores = scores;
        this.threshold = threshold;
        this.metrics = metrics;
        this.confusion = confusion;
        this.intervals = intervals;
        this.averagePrecision = averagePrecision;
        this.leakedTestRows = leakedTestRows;
        this.notes = List.copyOf(notes);
    }

    public Pipeline.Mode mode() {
        return pipeline.mode();
    }

    public long seed() {
        return pipeline.seed();
    }

    /** The predictive model (L2, C = 1) whose scores are evaluated. */
    public PenalizedLogitResult model() {
        return model;
    }

    /**
     * The unpenalised fit for inference: on the unduplicated, unweighted training rows (honest), or on the upsampled
     * training rows (exemplar; then {@link LogitResult#inferenceValid()} is false and it refuses SEs).
     */
    public LogitResult inference() {
        return inference;
    }

    /** Training rows as encoded (before any class weights; upsampled in exemplar mode). */
    public DesignMatrix train() {
        return train;
    }

    /** Test rows as encoded. */
    public DesignMatrix test() {
        return test;
    }

    /** Test labels, 1 = verified. */
    public int[] testLabels() {
        return test.y();
    }

    /** Predicted probability of verified for each test row. */
    public double[] scores() {
        return scores.clone();
    }

    public double threshold() {
        return threshold;
    }

    /** Precision, recall, F1, accuracy (at the threshold) and AUC of the verified class on the test rows. */
    public Metrics metrics() {
        return metrics;
    }

    public ConfusionMatrix confusion() {
        return confusion;
    }

    /** Percentile bootstrap 95 % intervals of the metrics. */
    public BootstrapResult intervals() {
        return intervals;
    }

    /** Average precision (area under the precision-recall curve) of the scores. */
    public double averagePrecision() {
        return averagePrecision;
    }

    /** The class weight n / (2 · count) of the positive training rows (scikit-learn's 'balanced'). */
    public double positiveClassWeight() {
        return train().rows() / (2.0 * train().positives());
    }

    /** The class weight n / (2 · count) of the negative training rows (scikit-learn's 'balanced'). */
    public double negativeClassWeight() {
        return train().rows() / (2.0 * (train().rows() - train().positives()));
    }

    /** Test rows that are copies of a training row (0 in honest mode). */
    public int leakedTestRows() {
        return leakedTestRows;
    }

    /** Share of verified rows in the training rows (as fitted, before class weights). */
    public double trainPrevalence() {
        return (double) train.positives() / train.rows();
    }

    /** Share of verified rows in the test rows. */
    public double testPrevalence() {
        return (double) test.positives() / test.rows();
    }

    /** What the procedure did and what follows for the numbers. */
    public List<String> notes() {
        return notes;
    }

    /** Everything the CLI writes, in a fixed order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", mode().label());
        m.put("seed", seed());
        m.put("positive_class", test.positiveLabel());
        m.put("balancing", pipeline.balancing().name().toLowerCase(java.util.Locale.ROOT));
        m.put("n_train", train.rows());
        m.put("n_test", test.rows());
        m.put("train_prevalence", trainPrevalence());
        m.put("test_prevalence", testPrevalence());
        m.put("leaked_test_rows", leakedTestRows);
        m.put("threshold", threshold);
        m.put("precision", metrics.precision());
        m.put("recall", metrics.recall());
        m.put("f1", metrics.f1());
        m.put("accuracy", metrics.accuracy());
        m.put("auc", metrics.auc());
        m.put("average_precision", averagePrecision);
        long[][] cm = confusion.toArray();
        m.put("confusion", List.of(List.of(cm[0][0], cm[0][1]), List.of(cm[1][0], cm[1][1])));
        Map<String, Object> ci = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            ci.put(metric.label(), List.of(intervals.low(metric), intervals.high(metric)));
        }
        m.put(intervals.level() == 0.95 ? "ci95" : "ci" + Math.round(100 * intervals.level()), ci);
        m.put("bootstrap_reps", intervals.reps());
        m.put("model", model.toMap());
        m.put("inference_valid", inference.inferenceValid());
        m.put("notes", notes);
        return m;
    }

    private String headline() {
        return mode().label() + " pipeline (seed " + seed() + "): " + Html.thousands(train.rows()) + " training rows ("
                + Html.fixed(100 * trainPrevalence(), 1) + "% verified), " + Html.thousands(test.rows())
                + " test rows (" + Html.fixed(100 * testPrevalence(), 1) + "% verified), threshold "
                + Html.fixed(threshold, 2);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(headline()).append('\n');
        b.append(intervals).append('\n');
        b.append("average precision ").append(Html.fixed(averagePrecision, 4)).append('\n');
        b.append(confusion).append('\n');
        for (String n : notes) {
            b.append("- ").append(n).append('\n');
        }
        return b.toString();
    }

    @Override
    public String toHTML() {
        StringBuilder b = new StringBuilder("<div class=\"tc-pipeline\"><h4>").append(Html.escape(headline()))
                .append("</h4>");
        b.append(intervals.toHTML());
        b.append("<p>Average precision ").append(Html.fixed(averagePrecision, 4)).append("</p>");
        b.append(confusion.toHTML()).append("<ul>");
        for (String n : notes) {
            b.append("<li>").append(Html.escape(n)).append("</li>");
        }
        return b.append("</ul></div>").toString();
    }
}
