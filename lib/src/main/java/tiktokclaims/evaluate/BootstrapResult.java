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

    /** Lower interval bound of metric {@code name} (one of {@link Metrics#NAMES}). */
    public double low(String name) {
        return low[index(name)];
    }

    /** Upper interval bound of metric {@code name}. */
    public double high(String name) {
        return high[index(name)];
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

    private static int index(String name) {
        int i = Metrics.NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown metric " + name + ", expected one of " + Metrics.NAMES);
        }
        return i;
    }

    private String title() {
        return "Bootstrap " + Html.fixed(100 * level, 0) + "% CIs (" + reps + " resamples, "
                + (shownSeed == seed ? "seed " : "from seed ") + shownSeed + ", threshold " + threshold + ")";
    }

    /** One row per metric: columns metric, estimate, ci_low, ci_high. */
    public Table toTable() {
        double[] est = new double[Metrics.NAMES.size()];
        for (int i = 0; i < est.length; i++) {
            est[i] = estimate.value(Metrics.NAMES.get(i));
        }
        return TableFormat.decimals(Table.create(title(), StringColumn.create("metric", Metrics.NAMES),
                DoubleColumn.create("estimate", est), DoubleColumn.create("ci_low", low),
                DoubleColumn.create("ci_high", high)), 4);
    }

    @Override
    public String toString() {
        String[][] rows = new String[Metrics.NAMES.size() + 1][];
        rows[0] = new String[] {"metric", "estimate", "ci_low", "ci_high"};
        for (int i = 0; i < Metrics.NAMES.size(); i++) {
            String n = Metrics.NAMES.get(i);
            rows[i + 1] = new String[] {n, Html.fixed(estimate.value(n), 4), Html.fixed(low[i], 4),
                Html.fixed(high[i], 4)};
        }
        return title() + "\n" + TextTable.aligned(rows);
    }

    @Override
    public String toHTML() {
        return Html.table(toTable());
    }
}
