package tiktokclaims.diagnostics;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.model.DesignMatrix;
import tiktokclaims.model.LogitResult;
import tiktokclaims.report.Html;
import tiktokclaims.stats.Order;

/**
 * Influential observations of a maximum-likelihood fit, as statsmodels' GLM influence computes them: leverage
 * {@code hᵢ}, the diagonal of the hat matrix {@code W½ X (XᵀWX)⁻¹ Xᵀ W½} with the IRLS weights
 * {@code wᵢ = pᵢ(1 − pᵢ)}; Pearson residuals {@code rᵢ = (yᵢ − pᵢ) / √wᵢ}; Cook's distance
 * {@code Dᵢ = rᵢ² hᵢ / (k (1 − hᵢ)²)} with k parameters. Verdict: FAIL when some {@code Dᵢ > 1} (one row moves the
 * estimates across their confidence region), WARN when more than 5 % of rows exceed {@code 4/n}, else PASS.
 */
public final class Influence implements Check {

    /** Share of rows above 4/n from which the verdict is WARN. */
    public static final double WARN_SHARE = 0.05;

    private final double[] leverage;
    private final double[] cooks;
    private final double[] pearson;
    private final int k;

    private Influence(double[] leverage, double[] cooks, double[] pearson, int k) {
        this.leverage = leverage;
        this.cooks = cooks;
        this.pearson = pearson;
        this.k = k;
    }

    /** The influence measures of a fit that allows inference. */
    public static Influence of(LogitResult fit) {
        DesignMatrix d = fit.design();
        double[][] cov = fit.covariance();
        double[] p = fit.fittedProbabilities();
        int[] y = d.y();
        int n = d.rows();
        int k = d.columns();
        double[][] x = new double[k][];
        for (int j = 0; j < k; j++) {
            x[j] = d.column(j);
        }
        double[] h = new double[n];
        double[] cd = new double[n];
        double[] r = new double[n];
        double[] row = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                row[j] = x[j][i];
            }
            double q = 0;
            for (int a = 0; a < k; a++) {
                double s = 0;
                for (int b = 0; b < k; b++) {
                    s += cov[a][b] * row[b];
                }
                q += row[a] * s;
            }
            double w = p[i] * (1 - p[i]);
            h[i] = w * q;
            r[i] = (y[i] - p[i]) / Math.sqrt(w);
            cd[i] = r[i] * r[i] * h[i] / (k * (1 - h[i]) * (1 - h[i]));
        }
        return new Influence(h, cd, r, k);
    }

    /** Leverage of each row. */
    public double[] leverage() {
        return leverage.clone();
    }

    /** Cook's distance of each row. */
    public double[] cooksDistance() {
        return cooks.clone();
    }

    /** Pearson residual of each row. */
    public double[] pearsonResiduals() {
        return pearson.clone();
    }

    /** The conventional cut-off 4/n. */
    public double cutoff() {
        return 4.0 / cooks.length;
    }

    /** Rows with Cook's distance above 4/n. */
    public int countAboveCutoff() {
        int c = 0;
        for (double v : cooks) {
            if (v > cutoff()) {
                c++;
            }
        }
        return c;
    }

    /** The largest Cook's distance. */
    public double maxCooksDistance() {
        double m = 0;
        for (double v : cooks) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** The {@code top} rows by Cook's distance: row (0-based in the design), leverage, pearson_residual, cooks_d. */
    public Table mostInfluential(int top) {
        int[] order = Order.descending(cooks);
        IntColumn row = IntColumn.create("row");
        DoubleColumn lev = DoubleColumn.create("leverage");
        DoubleColumn res = DoubleColumn.create("pearson_residual");
        DoubleColumn cd = DoubleColumn.create("cooks_d");
        for (int i = 0; i < Math.min(top, order.length); i++) {
            int r = order[i];
            row.append(r);
            lev.append(leverage[r]);
            res.append(pearson[r]);
            cd.append(cooks[r]);
        }
        return Table.create("most influential rows").addColumns(row, lev, res, cd);
    }

    @Override
    public String name() {
        return "influential observations";
    }

    @Override
    public Verdict verdict() {
        if (maxCooksDistance() > 1) {
            return Verdict.FAIL;
        }
        return countAboveCutoff() > WARN_SHARE * cooks.length ? Verdict.WARN : Verdict.PASS;
    }

    @Override
    public String reason() {
        int c = countAboveCutoff();
        return c + " of " + cooks.length + " rows (" + Html.fixed(100.0 * c / cooks.length, 1)
                + "%) have Cook's distance above 4/n = " + LogitResultFormat.num(cutoff()) + "; largest "
                + LogitResultFormat.num(maxCooksDistance()) + (maxCooksDistance() > 1 ? " > 1" : " <= 1")
                + " (" + k + " parameters)";
    }

    @Override
    public String toString() {
        Table t = mostInfluential(5);
        StringBuilder b = new StringBuilder(verdictLine()).append("\n  most influential rows (0-based):\n");
        for (int i = 0; i < t.rowCount(); i++) {
            b.append(String.format("  row %6d  leverage %s  pearson residual %s  Cook's D %s%n",
                    t.intColumn("row").getInt(i), LogitResultFormat.num(t.doubleColumn("leverage").getDouble(i)),
                    LogitResultFormat.num(t.doubleColumn("pearson_residual").getDouble(i)),
                    LogitResultFormat.num(t.doubleColumn("cooks_d").getDouble(i))));
        }
        return b.toString();
    }

    @Override
    public String toHTML() {
        return verdictHtml() + Html.table(mostInfluential(10));
    }
}
