package tiktokclaims.evaluate;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TableFormat;
import tiktokclaims.report.TextTable;
import tiktokclaims.stats.Summary;

/** The metrics of each cross-validation fold, with their mean and sample standard deviation (ddof = 1). */
public final class CrossValidationResult implements Renderable {

    private final Metrics[] folds;
    private final long seed;

    CrossValidationResult(Metrics[] folds, long seed) {
        this.folds = folds.clone();
        this.seed = seed;
    }

    /** Number of folds. */
    public int k() {
        return folds.length;
    }

    /** The seed the folds were drawn with. */
    public long seed() {
        return seed;
    }

    /** The metrics of fold {@code f} (0-based). */
    public Metrics fold(int f) {
        return folds[f];
    }

    /** The values of a metric across folds, in fold order. */
    public double[] values(Metric metric) {
        double[] v = new double[folds.length];
        for (int f = 0; f < folds.length; f++) {
            v[f] = folds[f].value(metric);
        }
        return v;
    }

    /** Mean of a metric across folds. */
    public double mean(Metric metric) {
        return Summary.mean(values(metric));
    }

    /** Sample standard deviation (ddof = 1) of a metric across folds. */
    public double sd(Metric metric) {
        return Summary.sampleSd(values(metric));
    }

    /** The mean of every metric across folds (for prose: {@code {cv.means.auc:0.000}}). */
    public Metrics means() {
        return Metrics.from(this::mean);
    }

    /** The sample standard deviation of every metric across folds. */
    public Metrics sds() {
        return Metrics.from(this::sd);
    }

    /** One row per fold: column "fold" (1-based), then one column per metric. */
    public Table toTable() {
        Table t = Table.create("Cross-validation (" + folds.length + " stratified folds, seed " + seed + ")");
        int[] ids = new int[folds.length];
        for (int f = 0; f < folds.length; f++) {
            ids[f] = f + 1;
        }
        t.addColumns(IntColumn.create("fold", ids));
        for (Metric m : Metric.values()) {
            t.addColumns(DoubleColumn.create(m.label(), values(m)));
        }
        return TableFormat.decimals(t, 4);
    }

    /** One row per metric: columns metric, mean, sd. */
    public Table summary() {
        double[] means = new double[Metrics.NAMES.size()];
        double[] sds = new double[Metrics.NAMES.size()];
        for (Metric m : Metric.values()) {
            means[m.ordinal()] = mean(m);
            sds[m.ordinal()] = sd(m);
        }
        return TableFormat.decimals(Table.create("Cross-validation summary (" + folds.length + " folds)",
                StringColumn.create("metric", Metrics.NAMES), DoubleColumn.create("mean", means),
                DoubleColumn.create("sd", sds)), 4);
    }

    @Override
    public String toString() {
        String[][] rows = new String[Metrics.NAMES.size() + 1][];
        rows[0] = new String[] {"metric", "mean", "sd"};
        for (Metric m : Metric.values()) {
            rows[m.ordinal() + 1] = new String[] {m.label(), Html.fixed(mean(m), 4), Html.fixed(sd(m), 4)};
        }
        return "Cross-validation: " + folds.length + " stratified folds, seed " + seed + "\n" + TextTable.aligned(rows);
    }

    @Override
    public String toHTML() {
        return Html.table(summary()) + Html.table(toTable());
    }
}
