package tiktokclaims.evaluate;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TableFormat;
import tiktokclaims.report.TextTable;

/**
 * Calibration (reliability) of predicted probabilities: scikit-learn's
 * {@code calibration_curve(y_true, y_prob, n_bins=bins, strategy="uniform")} and {@code brier_score_loss}. The
 * interval [0, 1] is cut into {@code bins} equal bins with edges {@code i * (1.0 / bins)} (numpy's linspace); a
 * probability lying exactly on an inner edge goes to the lower bin, as scikit-learn's {@code searchsorted} does.
 * So bin i holds (edge i, edge i+1], the first bin also holds 0. Only non-empty bins are reported.
 *
 * <p>Written by hand: no library on the classpath gives scikit-learn's calibration_curve bins and Brier score, which
 * 04-execute charts.
 */
public final class Calibration implements Renderable {

    private final int bins;
    private final double[] lower;
    private final double[] upper;
    private final long[] counts;
    private final double[] meanPredicted;
    private final double[] observedRate;
    private final double brier;

    private Calibration(int bins, double[] lower, double[] upper, long[] counts, double[] meanPredicted,
            double[] observedRate, double brier) {
        this.bins = bins;
        this.lower = lower;
        this.upper = upper;
        this.counts = counts;
        this.meanPredicted = meanPredicted;
        this.observedRate = observedRate;
        this.brier = brier;
    }

    /** Calibration of probabilities {@code prob} (each in [0, 1]) against 0/1 labels, with {@code bins >= 1}. */
    public static Calibration of(int[] actual, double[] prob, int bins) {
        Checks.labelsAndScores(actual, prob);
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        double step = 1.0 / bins;
        double[] edges = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step;
        }
        edges[bins] = 1.0;
        double[] sumProb = new double[bins];
        double[] sumTrue = new double[bins];
        long[] total = new long[bins];
        double sq = 0;
        for (int i = 0; i < prob.length; i++) {
            double p = prob[i];
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("prob[" + i + "] = " + p + ", expected a value in [0, 1]");
            }
            int b = bin(edges, p);
            sumProb[b] += p;
            sumTrue[b] += actual[i];
            total[b]++;
            sq += (actual[i] - p) * (actual[i] - p);
        }
        int k = 0;
        for (long t : total) {
            k += t > 0 ? 1 : 0;
        }
        double[] lo = new double[k];
        double[] hi = new double[k];
        long[] cnt = new long[k];
        double[] mp = new double[k];
        double[] obs = new double[k];
        int j = 0;
        for (int b = 0; b < bins; b++) {
            if (total[b] > 0) {
                lo[j] = edges[b];
                hi[j] = edges[b + 1];
                cnt[j] = total[b];
                mp[j] = sumProb[b] / total[b];
                obs[j] = sumTrue[b] / total[b];
                j++;
            }
        }
        return new Calibration(bins, lo, hi, cnt, mp, obs, sq / prob.length);
    }

    /** Number of inner edges strictly below p, i.e. numpy's {@code searchsorted(edges[1:-1], p)}. */
    private static int bin(double[] edges, double p) {
        int lo = 0;
        int hi = edges.length - 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid + 1] < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of bins requested. */
    public int bins() {
        return bins;
    }

    /** Mean predicted probability per non-empty bin (scikit-learn's {@code prob_pred}). */
    public double[] meanPredicted() {
        return meanPredicted.clone();
    }

    /** Observed share of positives per non-empty bin (scikit-learn's {@code prob_true}). */
    public double[] observedRate() {
        return observedRate.clone();
    }

    /** Rows per non-empty bin. */
    public long[] counts() {
        return counts.clone();
    }

    /** Brier score: mean squared difference between label and probability. */
    public double brier() {
        return brier;
    }

    /**
     * One row per non-empty bin: bin_low, bin_high, count, mean_predicted, observed_rate. A bin holds the
     * probabilities in (bin_low, bin_high]; the first bin also holds 0.
     */
    public Table toTable() {
        return TableFormat.decimals(Table.create("Calibration (" + bins + " uniform bins)",
                DoubleColumn.create("bin_low", lower), DoubleColumn.create("bin_high", upper),
                LongColumn.create("count", counts), DoubleColumn.create("mean_predicted", meanPredicted),
                DoubleColumn.create("observed_rate", observedRate)), 4);
    }

    @Override
    public String toString() {
        String[][] rows = new String[counts.length + 1][];
        rows[0] = new String[] {"bin", "count", "mean_predicted", "observed_rate"};
        for (int i = 0; i < counts.length; i++) {
            rows[i + 1] = new String[] {Html.fixed(lower[i], 3) + "-" + Html.fixed(upper[i], 3),
                Html.thousands(counts[i]), Html.fixed(meanPredicted[i], 4), Html.fixed(observedRate[i], 4)};
        }
        return "Calibration (" + bins + " uniform bins), Brier score " + Html.fixed(brier, 4) + "\n"
                + TextTable.aligned(rows);
    }

    @Override
    public String toHTML() {
        return "<p>Brier score " + Html.fixed(brier, 4) + "</p>" + Html.table(toTable());
    }
}
