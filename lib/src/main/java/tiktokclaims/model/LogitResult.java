package tiktokclaims.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TextTable;
import tiktokclaims.stats.Normal;
import tiktokclaims.stats.Summary;

/**
 * A maximum-likelihood logistic regression, shown like statsmodels' Logit summary: per term the estimate,
 * standard error, z, p-value, 95 % interval and odds ratio with its interval; and n, log-likelihood, null
 * log-likelihood, likelihood-ratio test, McFadden pseudo-R², AIC, BIC, iterations, convergence.
 *
 * <p>Inference needs independent rows each counted once. A fit on upsampled rows (copies of the same row) or
 * with case weights still has estimates, but {@link #inferenceValid()} is false and every standard error,
 * z, p-value and interval accessor throws {@link IllegalStateException}; the summary says so in its first line.
 *
 * <p>A fit made where the rows are not in this JVM (Spark's IRLS over partitions) becomes a LogitResult through
 * {@link #of(Fitted)}, so that its intervals, odds ratios, summary and JSON are this class's; it has no
 * {@link #design()}, so what needs the rows ({@link #oddsRatioTable()}, {@link #fittedProbabilities()},
 * {@link #marginalEffects()}) throws {@link IllegalStateException}: take the marginal effects from
 * {@link MarginalEffects#of(LogitResult, MarginalEffects.Averages)} with averages summed where the rows are.
 */
public final class LogitResult implements LogisticModel, Renderable {

    private final DesignMatrix design;
    private final List<String> terms;
    private final String target;
    private final String positiveLabel;
    private final long n;
    private final long events;
    private final double[] beta;
    private final double[][] cov;
    private final double llf;
    private final double llnull;
    private final int iterations;
    private final boolean converged;
    private final String inferenceProblem;
    /** The marginal effects' row averages summed in the fit's last pass, or null (then summed when asked for). */
    private final MarginalEffects.Averages averages;

    LogitResult(DesignMatrix design, NewtonFitter.Fit f) {
        this.design = design;
        this.terms = design.terms();
        this.target = design.target();
        this.positiveLabel = design.positiveLabel();
        this.n = design.rows();
        this.events = design.positives();
        this.beta = f.beta();
        this.cov = f.hessianInverse();
        this.llf = f.logLikelihood();
        this.llnull = f.nullLogLikelihood();
        this.iterations = f.iterations();
        this.converged = f.converged();
        this.inferenceProblem = inferenceProblem(design);
        this.averages = f.averages();
    }

    private LogitResult(Fitted f) {
        this.design = null;
        this.terms = List.copyOf(f.terms());
        this.target = f.target();
        this.positiveLabel = f.positiveLabel();
        this.n = f.n();
        this.events = f.events();
        this.beta = f.estimates().clone();
        this.cov = SymmetricSolver.of(f.information()).inverse();
        this.llf = f.logLikelihood();
        this.llnull = f.nullLogLikelihood();
        this.iterations = f.iterations();
        this.converged = f.converged();
        this.inferenceProblem = null;
        this.averages = null;
    }

    /**
     * A maximum-likelihood fit computed where the rows are (e.g. Spark), on {@code n} independent unweighted
     * rows: the estimates at the optimum and the information matrix X'WX (W = p(1 − p)) summed there.
     *
     * @param terms       term names, {@code const} first, in the order of {@code estimates} and {@code information}
     * @param information the observed information at the estimates; its inverse is the covariance
     */
    public record Fitted(String target, String positiveLabel, List<String> terms, long n, long events,
            double[] estimates, double[][] information, double logLikelihood, double nullLogLikelihood,
            int iterations, boolean converged) {
    }

    /**
     * The result of a fit made outside this class ({@link Fitted}), its covariance the inverse of the information.
     *
     * @throws IllegalStateException when the information matrix is singular
     */
    public static LogitResult of(Fitted f) {
        if (f.estimates().length != f.terms().size() || f.information().length != f.terms().size()) {
            throw new IllegalArgumentException("terms, estimates and information differ in size");
        }
        return new LogitResult(f);
    }

    private static String inferenceProblem(DesignMatrix d) {
        if (d.duplicatedRows()) {
            return "fitted on upsampled rows (copies of the same row), so standard errors, p-values and intervals"
                    + " would be too small; refit on unduplicated rows for inference";
        }
        double[] w = d.rawWeights();
        if (w != null) {
            for (double v : w) {
                if (v != 1.0) {
                    return "fitted with case weights (class balancing), so the classical standard errors do not"
                            + " apply; refit without weights for inference";
                }
            }
        }
        return null;
    }

    /**
     * The design the model was fitted on.
     *
     * @throws IllegalStateException for a fit made elsewhere ({@link #of(Fitted)}): its rows are not here
     */
    public DesignMatrix design() {
        if (design == null) {
            throw new IllegalStateException("this fit was made where its rows are (e.g. on Spark): no design here");
        }
        return design;
    }

    @Override
    public List<String> terms() {
        return terms;
    }

    @Override
    public double[] estimates() {
        return beta.clone();
    }

    /** The estimate of one term. */
    public double estimate(String term) {
        int j = terms.indexOf(term);
        if (j < 0) {
            throw new IllegalArgumentException("no term '" + term + "' in the model " + terms);
        }
        return beta[j];
    }

    /** True when standard errors, p-values and intervals may be reported (unduplicated, unweighted rows). */
    public boolean inferenceValid() {
        return inferenceProblem == null;
    }

    /** Why inference is refused, or {@code null} when it is valid. */
    public String inferenceProblem() {
        return inferenceProblem;
    }

    private void requireInference() {
        if (inferenceProblem != null) {
            throw new IllegalStateException("inference refused: this model was " + inferenceProblem);
        }
    }

    /** Covariance matrix of the estimates (inverse observed information). */
    public double[][] covariance() {
        requireInference();
        double[][] c = new double[cov.length][];
        for (int i = 0; i < cov.length; i++) {
            c[i] = cov[i].clone();
        }
        return c;
    }

    /** Standard errors. */
    public double[] stdErrors() {
        requireInference();
        double[] se = new double[beta.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(cov[j][j]);
        }
        return se;
    }

    /**
     * Every term's effect (estimate, standard error, z, p, 95 % interval, odds ratio and its interval), in term
     * order, the intercept first.
     *
     * @throws IllegalStateException if inference is refused ({@link #inferenceValid()} is false)
     */
    public List<Effect> effects() {
        double[] se = stdErrors();
        List<Effect> list = new ArrayList<>(beta.length);
        for (int j = 0; j < beta.length; j++) {
            list.add(Effect.of(terms.get(j), positiveLabel, beta[j], se[j]));
        }
        return list;
    }

    /**
     * The effect of one term, e.g. {@code effect("claim_status_opinion").oddsRatio()}.
     *
     * @throws IllegalArgumentException naming the model's terms when {@code term} is not one of them
     * @throws IllegalStateException if inference is refused
     */
    public Effect effect(String term) {
        int j = terms.indexOf(term);
        if (j < 0) {
            throw new IllegalArgumentException("no term '" + term + "' in this model; its terms are "
                    + String.join(", ", terms));
        }
        return effects().get(j);
    }

    /** The effects keyed by term (for prose placeholders: {@code {effects.claim_status_opinion.oddsRatio:0.0}}). */
    public Map<String, Effect> effectsByTerm() {
        Map<String, Effect> m = new LinkedHashMap<>();
        for (Effect e : effects()) {
            m.put(e.term(), e);
        }
        return m;
    }

    /** Wald statistics, estimate / standard error. */
    public double[] zValues() {
        return effects().stream().mapToDouble(Effect::z).toArray();
    }

    /** Two-sided p-values of the Wald statistics (standard normal). */
    public double[] pValues() {
        return effects().stream().mapToDouble(Effect::pValue).toArray();
    }

    /** Lower ends of the 95 % Wald intervals. */
    public double[] ciLow() {
        return effects().stream().mapToDouble(Effect::ciLow).toArray();
    }

    /** Upper ends of the 95 % Wald intervals. */
    public double[] ciHigh() {
        return effects().stream().mapToDouble(Effect::ciHigh).toArray();
    }

    /** Odds ratios per unit of each term, exp(estimate). */
    public double[] oddsRatios() {
        double[] or = new double[beta.length];
        for (int j = 0; j < or.length; j++) {
            or[j] = Math.exp(beta[j]);
        }
        return or;
    }

    /** Number of rows fitted. */
    public long n() {
        return n;
    }

    public double logLikelihood() {
        return llf;
    }

    /** Log-likelihood of the intercept-only model. */
    public double nullLogLikelihood() {
        return llnull;
    }

    /** Model degrees of freedom: terms other than the intercept. */
    public int dfModel() {
        return beta.length - 1;
    }

    /** Likelihood-ratio statistic against the intercept-only model, 2 (llf − llnull). */
    public double llr() {
        return 2 * (llf - llnull);
    }

    /** p-value of {@link #llr()} (chi-square with {@link #dfModel()} degrees of freedom). */
    public double llrPValue() {
        return Stats.chiSquareUpper(llr(), dfModel());
    }

    /** McFadden's pseudo-R², 1 − llf / llnull. */
    public double pseudoR2() {
        return 1 - llf / llnull;
    }

    /** −2 llf + 2 k, k counting the intercept. */
    public double aic() {
        return -2 * llf + 2 * beta.length;
    }

    /** −2 llf + k ln n. */
    public double bic() {
        return -2 * llf + beta.length * Math.log(n());
    }

    /** Newton iterations used. */
    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    /**
     * One row per term: term, estimate, std_error, z, p_value, ci_low, ci_high, odds_ratio, or_ci_low, or_ci_high.
     * When inference is refused: term, estimate, odds_ratio only.
     */
    public Table coefficients() {
        Table t = Table.create("coefficients").addColumns(StringColumn.create("term", terms),
                DoubleColumn.create("estimate", beta));
        if (inferenceValid()) {
            List<Effect> e = effects();
            t.addColumns(column("std_error", e, Effect::stdError), column("z", e, Effect::z),
                    column("p_value", e, Effect::pValue), column("ci_low", e, Effect::ciLow),
                    column("ci_high", e, Effect::ciHigh), column("odds_ratio", e, Effect::oddsRatio),
                    column("or_ci_low", e, Effect::oddsRatioLow), column("or_ci_high", e, Effect::oddsRatioHigh));
        } else {
            t.addColumns(DoubleColumn.create("odds_ratio", oddsRatios()));
        }
        return t;
    }

    /**
     * Odds ratios per unit and per standard deviation (sample sd, n − 1, of the term's column in the fitted
     * design), with 95 % intervals when inference is valid. The intercept is left out.
     */
    public Table oddsRatioTable() {
        int k = beta.length - 1;
        StringColumn term = StringColumn.create("term");
        DoubleColumn sd = DoubleColumn.create("sd");
        DoubleColumn perUnit = DoubleColumn.create("odds_ratio_per_unit");
        DoubleColumn perSd = DoubleColumn.create("odds_ratio_per_sd");
        DoubleColumn sdLo = DoubleColumn.create("per_sd_ci_low");
        DoubleColumn sdHi = DoubleColumn.create("per_sd_ci_high");
        double[] lo = inferenceValid() ? ciLow() : null;
        double[] hi = inferenceValid() ? ciHigh() : null;
        for (int j = 1; j <= k; j++) {
            double s = Summary.sampleSd(design().raw()[j]);
            term.append(terms.get(j));
            sd.append(s);
            perUnit.append(Math.exp(beta[j]));
            perSd.append(Math.exp(beta[j] * s));
            sdLo.append(lo == null ? Double.NaN : Math.exp(lo[j] * s));
            sdHi.append(hi == null ? Double.NaN : Math.exp(hi[j] * s));
        }
        Table t = Table.create("odds ratios").addColumns(term, sd, perUnit, perSd);
        if (inferenceValid()) {
            t.addColumns(sdLo, sdHi);
        }
        return t;
    }

    /** Average marginal effects (statsmodels' {@code get_margeff(at='overall', method='dydx')}). */
    public MarginalEffects marginalEffects() {
        requireInference();
        return MarginalEffects.of(this, averages != null ? averages : MarginalEffects.Averages.of(this));
    }

    /** Fitted probabilities of the rows the model was fitted on. */
    public double[] fittedProbabilities() {
        return predictProba(design());
    }

    private static DoubleColumn column(String name, List<Effect> effects, ToDoubleFunction<Effect> value) {
        return DoubleColumn.create(name, effects.stream().mapToDouble(value).toArray());
    }

    /**
     * The summary as ordered maps for JSON: n, log_likelihood, null_log_likelihood, llr, llr_p_value, pseudo_r2,
     * aic, bic, df_model, iterations, converged, inference_valid, and coefficients keyed by term.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target);
        m.put("positive_class", positiveLabel);
        m.put("n", n);
        m.put("events", events);
        m.put("log_likelihood", llf);
        m.put("null_log_likelihood", llnull);
        m.put("llr", llr());
        m.put("llr_p_value", llrPValue());
        m.put("pseudo_r2", pseudoR2());
        m.put("aic", aic());
        m.put("bic", bic());
        m.put("df_model", dfModel());
        m.put("iterations", iterations);
        m.put("converged", converged);
        m.put("inference_valid", inferenceValid());
        if (!inferenceValid()) {
            m.put("inference_problem", inferenceProblem);
        }
        Map<String, Object> coefs = new LinkedHashMap<>();
        List<Effect> effects = inferenceValid() ? effects() : null;
        for (int j = 0; j < beta.length; j++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("estimate", beta[j]);
            if (effects != null) {
                Effect e = effects.get(j);
                c.put("std_error", e.stdError());
                c.put("z", e.z());
                c.put("p_value", e.pValue());
                c.put("ci_low", e.ciLow());
                c.put("ci_high", e.ciHigh());
            }
            c.put("odds_ratio", Math.exp(beta[j]));
            if (effects != null) {
                c.put("odds_ratio_ci_low", effects.get(j).oddsRatioLow());
                c.put("odds_ratio_ci_high", effects.get(j).oddsRatioHigh());
            }
            coefs.put(terms.get(j), c);
        }
        m.put("coefficients", coefs);
        return m;
    }

    private List<String[]> headerLines() {
        List<String[]> h = new ArrayList<>();
        h.add(new String[] {"Dep. variable", target + " (1 = " + positiveLabel + ")"});
        h.add(new String[] {"Observations", Html.thousands(n) + " (" + Html.thousands(events)
                + " events)"});
        h.add(new String[] {"Df model", Integer.toString(dfModel())});
        h.add(new String[] {"Converged", converged + " (" + iterations + " iterations)"});
        h.add(new String[] {"Log-likelihood", Html.fixed(llf, 3)});
        h.add(new String[] {"LL-null", Html.fixed(llnull, 3)});
        h.add(new String[] {"LLR (p-value)", Html.fixed(llr(), 3) + " (" + sci(llrPValue()) + ")"});
        h.add(new String[] {"Pseudo R² (McFadden)", Html.fixed(pseudoR2(), 5)});
        h.add(new String[] {"AIC / BIC", Html.fixed(aic(), 2) + " / " + Html.fixed(bic(), 2)});
        return h;
    }

    private List<String[]> coefficientRows() {
        List<String[]> rows = new ArrayList<>();
        List<Effect> effects = inferenceValid() ? effects() : null;
        for (int j = 0; j < beta.length; j++) {
            if (effects == null) {
                rows.add(new String[] {terms.get(j), num(beta[j]), num(Math.exp(beta[j]))});
            } else {
                Effect e = effects.get(j);
                rows.add(new String[] {e.term(), num(e.estimate()), num(e.stdError()), Html.fixed(e.z(), 3),
                        Html.fixed(e.pValue(), 3), num(e.ciLow()), num(e.ciHigh()), num(e.oddsRatio())});
            }
        }
        return rows;
    }

    private String[] coefficientHeader() {
        return inferenceValid()
                ? new String[] {"term", "coef", "std err", "z", "P>|z|", "[0.025", "0.975]", "odds ratio"}
                : new String[] {"term", "coef", "odds ratio"};
    }

    static String num(double v) {
        if (v == 0 || Double.isNaN(v)) {
            return Html.fixed(v, 4);
        }
        double a = Math.abs(v);
        return a >= 1e-3 && a < 1e6 ? Html.fixed(v, 4) : sci(v);
    }

    static String sci(double v) {
        return String.format(java.util.Locale.ROOT, "%.3e", v);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("Logit regression results (maximum likelihood)\n");
        if (!inferenceValid()) {
            b.append("WARNING: no inference: this model was ").append(inferenceProblem).append(".\n");
        }
        for (String[] h : headerLines()) {
            b.append(String.format("%-22s %s%n", h[0] + ":", h[1]));
        }
        b.append(TextTable.headed(coefficientHeader(), coefficientRows()));
        return b.toString();
    }

    @Override
    public String toHTML() {
        StringBuilder b = new StringBuilder("<div class=\"tc-logit\"><h4>Logit regression results</h4>");
        if (!inferenceValid()) {
            b.append("<p style=\"color:#b00;font-weight:bold\">No inference: this model was ")
                    .append(Html.escape(inferenceProblem)).append(".</p>");
        }
        b.append("<table class=\"tc-table\"><tbody>");
        for (String[] h : headerLines()) {
            b.append("<tr><th style=\"text-align:left\">").append(Html.escape(h[0])).append("</th><td>")
                    .append(Html.escape(h[1])).append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append(TextTable.html(coefficientHeader(), coefficientRows()));
        return b.append("</div>").toString();
    }

    /**
     * Wald intervals of the estimates at {@code level}, as statsmodels' {@code conf_int(alpha = 1 - level)}:
     * columns {@code term}, {@code ci_low}, {@code ci_high}. {@link #ciLow()} and {@link #ciHigh()} are the 95 % ones.
     *
     * @throws IllegalArgumentException if level is not in (0, 1)
     * @throws IllegalStateException if inference is refused ({@link #inferenceValid()} is false)
     */
    public Table confInt(double level) {
        double z = Normal.critical(level);
        double[] b = estimates();
        double[] se = stdErrors();
        double[] lo = new double[b.length];
        double[] hi = new double[b.length];
        for (int j = 0; j < b.length; j++) {
            lo[j] = b[j] - z * se[j];
            hi[j] = b[j] + z * se[j];
        }
        return Table.create(String.format(java.util.Locale.ROOT, "%.0f%% Wald intervals", 100 * level),
                StringColumn.create("term", terms()), DoubleColumn.create("ci_low", lo),
                DoubleColumn.create("ci_high", hi));
    }
}
