package tiktokclaims.diagnostics;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.model.DesignMatrix;
import tiktokclaims.model.Logit;
import tiktokclaims.model.LogitResult;
import tiktokclaims.report.Html;
import tiktokclaims.stats.Order;

/**
 * Linearity of the logit in continuous predictors, by the Box-Tidwell test: the model is refitted with an extra
 * term {@code x·ln x} (named {@code x_xlnx}) for each continuous term x, and each extra term's Wald test asks
 * whether the log-odds bend in x. ln x needs x > 0: a term whose smallest value is 0 or less (counts with zeros,
 * standardised values) is shifted first to {@code x − min + 1} (for counts from 0 that is {@code x + 1}). Verdict:
 * PASS when no extra term is significant at 0.05 / k (Bonferroni over the k terms tested), WARN otherwise (with
 * thousands of rows the test detects slight curvature; look at {@link #binned(String, int)} to judge its size).
 */
public final class Linearity implements Check {

    private final LogitResult fit;
    private final List<String> terms;
    private final double[] estimate;
    private final double[] stdError;
    private final double[] pValue;
    private final boolean[] shifted;

    private Linearity(LogitResult fit, List<String> terms, double[] estimate, double[] stdError, double[] pValue,
            boolean[] shifted) {
        this.fit = fit;
        this.terms = terms;
        this.estimate = estimate;
        this.stdError = stdError;
        this.pValue = pValue;
        this.shifted = shifted;
    }

    /**
     * Box-Tidwell test of the given continuous terms of a fitted model (which must allow inference).
     *
     * @throws tiktokclaims.model.ModelFitException when the augmented model cannot be fitted
     */
    public static Linearity boxTidwell(LogitResult fit, List<String> continuous) {
        if (continuous.isEmpty()) {
            throw new IllegalArgumentException("name at least one continuous term to test");
        }
        DesignMatrix d = fit.design();
        boolean[] shifted = new boolean[continuous.size()];
        List<String> extra = new ArrayList<>();
        for (int k = 0; k < continuous.size(); k++) {
            String t = continuous.get(k);
            double[] x = d.column(t);
            double min = Double.POSITIVE_INFINITY;
            for (double v : x) {
                min = Math.min(min, v);
            }
            shifted[k] = min <= 0;
            double[] z = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double v = shifted[k] ? x[i] - min + 1 : x[i];
                z[i] = v * Math.log(v);
            }
            String name = t + "_xlnx";
            d = d.withColumn(name, z);
            extra.add(name);
        }
        LogitResult bt = Logit.fit(d);
        double[] se = bt.stdErrors();
        double[] p = bt.pValues();
        double[] est = new double[extra.size()];
        double[] s = new double[extra.size()];
        double[] pv = new double[extra.size()];
        for (int k = 0; k < extra.size(); k++) {
            int j = d.indexOf(extra.get(k));
            est[k] = bt.estimates()[j];
            s[k] = se[j];
            pv[k] = p[j];
        }
        return new Linearity(fit, List.copyOf(continuous), est, s, pv, shifted);
    }

    /** term, xlnx_estimate, std_error, p_value, shifted (x − min + 1 used). */
    public Table boxTidwellTable() {
        BooleanColumn sh = BooleanColumn.create("shifted");
        for (boolean b : shifted) {
            sh.append(b);
        }
        return Table.create("Box-Tidwell x ln x terms").addColumns(StringColumn.create("term", terms),
                DoubleColumn.create("xlnx_estimate", estimate), DoubleColumn.create("std_error", stdError),
                DoubleColumn.create("p_value", pValue), sh);
    }

    /** p-values of the x·ln x terms, in the order tested. */
    public double[] pValues() {
        return pValue.clone();
    }

    /**
     * Empirical against fitted log-odds in equal-count bins of one term (rows sorted by the term, ties kept in row
     * order, split into {@code bins} groups whose sizes differ by at most one, the larger first): columns bin, n,
     * centre (mean of the term), events, empirical_log_odds (ln((events + 0.5) / (n − events + 0.5))),
     * fitted_log_odds (log-odds of the bin's mean fitted probability, the quantity the empirical log-odds estimates;
     * the mean linear predictor would sit below it wherever other terms spread the predictions within a bin).
     * Agreement of the two supports linearity.
     */
    public Table binned(String term, int bins) {
        return binned(fit, term, bins);
    }

    /** {@link #binned(String, int)} for any fitted model. */
    public static Table binned(LogitResult fit, String term, int bins) {
        DesignMatrix d = fit.design();
        double[] x = d.column(term);
        int[] y = d.y();
        double[] eta = fit.linearPredictor(d);
        int n = x.length;
        if (bins < 1 || bins > n) {
            throw new IllegalArgumentException("bins must be between 1 and " + n + ", got " + bins);
        }
        int[] order = Order.ascending(x);
        IntColumn bin = IntColumn.create("bin");
        IntColumn count = IntColumn.create("n");
        DoubleColumn centre = DoubleColumn.create("centre");
        IntColumn events = IntColumn.create("events");
        DoubleColumn empirical = DoubleColumn.create("empirical_log_odds");
        DoubleColumn fitted = DoubleColumn.create("fitted_log_odds");
        int start = 0;
        for (int b = 0; b < bins; b++) {
            int size = n / bins + (b < n % bins ? 1 : 0);
            double sx = 0;
            double sp = 0;
            int k = 0;
            for (int i = start; i < start + size; i++) {
                int r = order[i];
                sx += x[r];
                sp += 1 / (1 + Math.exp(-eta[r]));
                k += y[r];
            }
            bin.append(b + 1);
            count.append(size);
            centre.append(sx / size);
            events.append(k);
            empirical.append(Math.log((k + 0.5) / (size - k + 0.5)));
            double meanP = sp / size;
            fitted.append(Math.log(meanP / (1 - meanP)));
            start += size;
        }
        return Table.create("binned log-odds of " + term).addColumns(bin, count, centre, events, empirical, fitted);
    }

    private double alpha() {
        return 0.05 / terms.size();
    }

    private List<String> significant() {
        List<String> s = new ArrayList<>();
        for (int k = 0; k < terms.size(); k++) {
            if (pValue[k] < alpha()) {
                s.add(terms.get(k));
            }
        }
        return s;
    }

    @Override
    public String name() {
        return "linearity of the logit";
    }

    @Override
    public Verdict verdict() {
        return significant().isEmpty() ? Verdict.PASS : Verdict.WARN;
    }

    @Override
    public String reason() {
        List<String> s = significant();
        String a = LogitResultFormat.p(alpha());
        return s.isEmpty()
                ? "no Box-Tidwell x ln x term is significant at " + a + " (" + terms.size() + " terms tested)"
                : "Box-Tidwell x ln x term significant at " + a + " for " + s
                        + ": the log-odds bend in these predictors (consider log1p or splines)";
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(verdictLine()).append('\n');
        for (int k = 0; k < terms.size(); k++) {
            b.append(String.format("  %-28s x ln x coef %12s  se %12s  p %s%s%n", terms.get(k),
                    LogitResultFormat.num(estimate[k]), LogitResultFormat.num(stdError[k]),
                    LogitResultFormat.p(pValue[k]), shifted[k] ? "  (x + 1 - min)" : ""));
        }
        return b.toString();
    }

    @Override
    public String toHTML() {
        return verdictHtml() + Html.table(boxTidwellTable());
    }
}
