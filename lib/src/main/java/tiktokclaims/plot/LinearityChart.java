package tiktokclaims.plot;

import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;
import tiktokclaims.stats.Normal;

/**
 * The logit-linearity chart of a binned log-odds table, as {@code diagnostics.Linearity.binned} makes it (columns
 * {@code n}, {@code centre}, {@code events}, {@code empirical_log_odds}, {@code fitted_log_odds}): the empirical
 * log-odds per bin with 95 % error bars, and the model's mean fitted log-odds per bin as a line.
 */
public final class LinearityChart {

    private LinearityChart() {
    }

    /** The chart of {@code binned} for {@code predictor}, drawn by {@code charts}. */
    public static XYChart of(ModelCharts charts, Table binned, String predictor) {
        double[] centre = binned.numberColumn("centre").asDoubleArray();
        return charts.logitLinearity(predictor, centre, binned.numberColumn("empirical_log_odds").asDoubleArray(),
                errors(binned.numberColumn("n").asDoubleArray(), binned.numberColumn("events").asDoubleArray()),
                centre, binned.numberColumn("fitted_log_odds").asDoubleArray());
    }

    /**
     * Half-widths of 95 % intervals of the smoothed empirical log-odds ln((k + ½) / (n − k + ½)):
     * z<sub>0.975</sub> · √(1 / (k + ½) + 1 / (n − k + ½)), the usual standard error of a log-odds.
     */
    static double[] errors(double[] n, double[] events) {
        double[] e = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            e[i] = Normal.Z975 * Math.sqrt(1 / (events[i] + 0.5) + 1 / (n[i] - events[i] + 0.5));
        }
        return e;
    }
}
