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
 * An L2-penalised logistic regression: a predictive model. It has estimates and odds ratios but no standard
 * errors or p-values (a penalised fit's estimates are biased towards zero; for inference use {@link Logit}).
 */
public final class PenalizedLogitResult implements LogisticModel, Renderable {

    private final List<String> terms;
    private final double[] beta;
    private final double c;
    private final int n;
    private final boolean weighted;
    private final boolean duplicated;
    private final double llf;
    private final int iterations;

    PenalizedLogitResult(DesignMatrix design, double c, NewtonFitter.Fit f) {
        this.terms = design.terms();
        this.beta = f.beta();
        this.c = c;
        this.n = design.rows();
        this.weighted = design.rawWeights() != null;
        this.duplicated = design.duplicatedRows();
        this.llf = f.logLikelihood();
        this.iterations = f.iterations();
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
            throw new IllegalArgumentException("no term '" + term + "' in " + terms);
        }
        return beta[j];
    }

    /** Inverse penalty strength. */
    public double c() {
        return c;
    }

    /** Rows fitted. */
    public int n() {
        return n;
    }

    /** The (weighted) log-likelihood at the estimates, without the penalty. */
    public double logLikelihood() {
        return llf;
    }

    /** Newton iterations used. */
    public int iterations() {
        return iterations;
    }

    /** term, estimate, odds_ratio. */
    public Table coefficients() {
        double[] or = new double[beta.length];
        for (int j = 0; j < or.length; j++) {
            or[j] = Math.exp(beta[j]);
        }
        return Table.create("coefficients (L2, C = " + c + ")").addColumns(StringColumn.create("term", terms),
                DoubleColumn.create("estimate", beta), DoubleColumn.create("odds_ratio", or));
    }

    /** c, n, iterations and estimates keyed by term, for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("penalty", "l2");
        m.put("C", c);
        m.put("n", n);
        m.put("weighted", weighted);
        m.put("duplicated_rows", duplicated);
        m.put("iterations", iterations);
        Map<String, Object> coefs = new LinkedHashMap<>();
        for (int j = 0; j < beta.length; j++) {
            coefs.put(terms.get(j), beta[j]);
        }
        m.put("coefficients", coefs);
        return m;
    }

    private String title() {
        return "L2-penalised logistic regression (C = " + LogitResult.num(c) + ", intercept unpenalised), "
                + Html.thousands(n) + " rows" + (weighted ? ", class-weighted" : "")
                + (duplicated ? ", upsampled rows" : "") + ": estimates only, no standard errors";
    }

    private List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (int j = 0; j < beta.length; j++) {
            rows.add(new String[] {terms.get(j), LogitResult.num(beta[j]), LogitResult.num(Math.exp(beta[j]))});
        }
        return rows;
    }

    private static final String[] HEADER = {"term", "coef", "odds ratio"};

    @Override
    public String toString() {
        return title() + "\n" + TextTable.headed(HEADER, rows());
    }

    @Override
    public String toHTML() {
        return "<div class=\"tc-logit\"><h4>" + Html.escape(title()) + "</h4>" + TextTable.html(HEADER, rows())
                + "</div>";
    }
}
