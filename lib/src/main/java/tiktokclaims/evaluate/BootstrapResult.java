package tiktokclaims.evaluate;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TableFormat;
import tiktokclaims.report.TextTable;

/** Point estimates and percentile bootstrap confidence intervals of the {@link Metrics}. */
public final class BootstrapResult implements Renderable {

    private final Metrics estimate;
    private final double[] low;
    private final double[] high;
    private final int reps;
    private final long seed;
    private final double level;
    private final double threshold;
    /** The seed the caption names: the user's seed when this result is one step of a seeded procedure. */
    private final long shownSeed;

    BootstrapResult(Metrics estimate, double[] low, double[] high, int reps, long seed, double level,
            double threshold) {
        this(estimate, low, high, reps, seed, level, threshold, seed);
    }

    private BootstrapResult(Metrics estimate, double[] low, double[] high, int reps, long seed, double level,
            double threshold, long shownSeed) {
        this.estimate = estimate;
        this.low = low.clone();
        this.high = high.clone();
        this.reps = reps;
        this.seed = seed;
        this.level = level;
        this.threshold = threshold;
        this.shownSeed = shownSeed;
    }

    /**
     * The same result captioned with the seed the user set ({@code userSeed}), for resampling seeded from it (a
     * pipeline derives this step's seed from its own): the caption reads "from seed 42", not the derived number.
     */
    public BootstrapResult fromSeed(long userSeed) {
        return new BootstrapResult(estimate, low, high, reps, seed, level, threshold, userSeed);
    }

    /** The metrics on all rows. */
    public Metrics estimate() {
        return estimate;
    }

    /** Lower interval bound of a metric. */
    public double low(Metric metric) {
        return low[metric.ordinal()];
    }

    /** Upper interval bound of a metric. */
    public double high(Metric metric) {
        return high[metric.ordinal()];
    }

    /** The lower interval bounds of every metric (for prose: {@code {honest.intervals.lows.precision:0%}}). */
    public Metrics lows() {
        return Metrics.from(this::low);
    }

    /** The upper interval bounds of every metric. */
    public Metrics highs() {
        return Metrics.from(this::high);
    }

    /** Number of resamples. */
    public int reps() {
        return reps;
    }

    /** Seed of the resampling. */
    public long seed() {
        return seed;
    }

    /** Confidence level, e.g. 0.95. */
    public double level() {
        return level;
    }

    /** Decision threshold used for the thresholded metrics. */
    public double threshold() {
        return threshold;
    }

    private String title() {
        return "Bootstrap " + Html.fixed(100 * level, 0) + "% CIs (" + reps + " resamples, "
                + (shownSeed == seed ? "seed " : "from seed ") + shownSeed + ", threshold " + threshold + ")";
    }

    /** One row per metric: columns metric, estimate, ci_low, ci_high. */
    public Table toTable() {
        double[] est = new double[Metric.values().length];
        for (Metric m : Metric.values()) {
            est[m.ordinal()] = estimate.value(m);
        }
        return TableFormat.decimals(Table.create(title(), StringColumn.create("metric", Metrics.NAMES),
                DoubleColumn.create("estimate", est), DoubleColumn.create("ci_low", low),
                DoubleColumn.create("ci_high", high)), 4);
    }

    @Override
    public String toString() {
        String[][] rows = new String[Metrics.NAMES.size() + 1][];
        rows[0] = new String[] {"metric", "estimate", "ci_low", "ci_high"};
        for (Metric m : Metric.values()) {
            int i = m.ordinal();
            rows[i + 1] = new String[] {m.label(), Html.fixed(estimate.value(m), 4), Html.fixed(low[i], 4),
                Html.fixed(high[i], 4)};
        }
        return title() + "\n" + TextTable.aligned(rows);
    }

    @Override
    public String toHTML() {
        return Html.table(toTable());
    }
}
