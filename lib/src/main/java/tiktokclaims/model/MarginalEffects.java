package tiktokclaims.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TextTable;

/**
 * Average marginal effects on the probability scale, as statsmodels' {@code get_margeff(at='overall',
 * method='dydx')}: for each term but the intercept, the mean over the rows of dp/dx = p(1 − p)·β, with
 * delta-method standard errors, z, p-values and 95 % intervals. Dummy terms are treated like continuous ones
 * (statsmodels' default, {@code dummy=False}).
 */
public final class MarginalEffects implements Renderable {

    private final List<String> terms;
    private final double[] effect;
    private final double[] se;

    private MarginalEffects(List<String> terms, double[] effect, double[] se) {
        this.terms = terms;
        this.effect = effect;
        this.se = se;
    }

    /**
     * The two row averages the effects and their delta-method errors need, at the estimates: {@code slope}, the
     * mean of p(1 − p), and {@code slopeGradient[k]}, the mean of p(1 − p)(1 − 2p)·x_k (k over the terms, the
     * intercept's x = 1 first). Summed by the fit's last pass over the rows ({@code NewtonFitter}), over the design
     * here ({@link #of(LogitResult)}), or where the rows are (Spark).
     */
    public record Averages(double slope, double[] slopeGradient) {

        /** The averages over the rows of the design {@code r} was fitted on, in a pass of their own. */
        static Averages of(LogitResult r) {
            DesignMatrix d = r.design();
            double[][] x = d.raw();
            int n = d.rows();
            int p = x.length;
            double[] prob = r.fittedProbabilities();
            double meanSlope = 0;
            double[] dSlope = new double[p];
            for (int i = 0; i < n; i++) {
                double v = prob[i] * (1 - prob[i]);
                meanSlope += v;
                double v2 = v * (1 - 2 * prob[i]);
                for (int k = 0; k < p; k++) {
                    dSlope[k] += v2 * x[k][i];
                }
            }
            for (int k = 0; k < p; k++) {
                dSlope[k] /= n;
            }
            return new Averages(meanSlope / n, dSlope);
        }
    }

    /**
     * The average marginal effects of a fit from the row averages at its estimates (for a fit made where the rows
     * are, {@link LogitResult#of(LogitResult.Fitted)}).
     *
     * @throws IllegalStateException if the fit refuses inference
     */
    public static MarginalEffects of(LogitResult r, Averages a) {
        double[] beta = r.estimates();
        double[][] cov = r.covariance();
        int p = beta.length;
        if (a.slopeGradient().length != p) {
            throw new IllegalArgumentException("the averages have " + a.slopeGradient().length + " terms, the fit " + p);
        }
        double meanSlope = a.slope();
        double[] dSlope = a.slopeGradient();
        double[] effect = new double[p - 1];
        double[] se = new double[p - 1];
        for (int j = 1; j < p; j++) {
            effect[j - 1] = meanSlope * beta[j];
            double[] jac = new double[p];
            for (int k = 0; k < p; k++) {
                jac[k] = dSlope[k] * beta[j] + (k == j ? meanSlope : 0.0);
            }
            double var = 0;
            for (int i = 0; i < p; i++) {
                for (int b = 0; b < p; b++) {
                    var += jac[i] * cov[i][b] * jac[b];
                }
            }
            se[j - 1] = Math.sqrt(var);
        }
        return new MarginalEffects(List.copyOf(r.terms().subList(1, p)), effect, se);
    }

    /** Terms, the intercept excluded. */
    public List<String> terms() {
        return terms;
    }

    /** Average marginal effect dp/dx of each term. */
    public double[] effects() {
        return effect.clone();
    }

    /** Delta-method standard errors. */
    public double[] stdErrors() {
        return se.clone();
    }

    public double[] zValues() {
        double[] z = new double[effect.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = effect[j] / se[j];
        }
        return z;
    }

    public double[] pValues() {
        double[] z = zValues();
        for (int j = 0; j < z.length; j++) {
            z[j] = Stats.twoSidedNormal(z[j]);
        }
        return z;
    }

    public double[] ciLow() {
        double[] v = new double[effect.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = effect[j] - Stats.Z975 * se[j];
        }
        return v;
    }

    public double[] ciHigh() {
        double[] v = new double[effect.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = effect[j] + Stats.Z975 * se[j];
        }
        return v;
    }

    /** term, dy_dx, std_error, z, p_value, ci_low, ci_high. */
    public Table table() {
        return Table.create("average marginal effects").addColumns(StringColumn.create("term", terms),
                DoubleColumn.create("dy_dx", effect), DoubleColumn.create("std_error", se),
                DoubleColumn.create("z", zValues()), DoubleColumn.create("p_value", pValues()),
                DoubleColumn.create("ci_low", ciLow()), DoubleColumn.create("ci_high", ciHigh()));
    }

    /** Per term, in order: dy_dx, std_error, z, p_value, ci_low, ci_high (the {@code marginal_effects} of infer's JSON). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        double[] z = zValues();
        double[] p = pValues();
        double[] lo = ciLow();
        double[] hi = ciHigh();
        for (int j = 0; j < effect.length; j++) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("dy_dx", effect[j]);
            t.put("std_error", se[j]);
            t.put("z", z[j]);
            t.put("p_value", p[j]);
            t.put("ci_low", lo[j]);
            t.put("ci_high", hi[j]);
            m.put(terms.get(j), t);
        }
        return m;
    }

    private List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        double[] z = zValues();
        double[] pv = pValues();
        double[] lo = ciLow();
        double[] hi = ciHigh();
        for (int j = 0; j < effect.length; j++) {
            rows.add(new String[] {terms.get(j), LogitResult.num(effect[j]), LogitResult.num(se[j]),
                    Html.fixed(z[j], 3), Html.fixed(pv[j], 3), LogitResult.num(lo[j]), LogitResult.num(hi[j])});
        }
        return rows;
    }

    private static final String[] HEADER = {"term", "dy/dx", "std err", "z", "P>|z|", "[0.025", "0.975]"};

    @Override
    public String toString() {
        return "Average marginal effects (dy/dx, averaged over the rows)\n" + TextTable.headed(HEADER, rows());
    }

    @Override
    public String toHTML() {
        return "<div class=\"tc-margeff\"><h4>Average marginal effects (dy/dx)</h4>" + TextTable.html(HEADER, rows())
                + "</div>";
    }
}
