package tiktokclaims.diagnostics;

import java.util.List;
import tech.tablesaw.api.Table;
import tiktokclaims.eda.Vif;
import tiktokclaims.model.DesignMatrix;
import tiktokclaims.report.Html;

/**
 * Variance inflation factors of the model's terms ({@link Vif}, as statsmodels computes them with a constant).
 * Verdict: PASS when every VIF is below 5, WARN from 5 to 10, FAIL above 10.
 */
public final class Multicollinearity implements Check {

    /** VIF from which the verdict is WARN. */
    public static final double WARN_AT = 5.0;
    /** VIF above which the verdict is FAIL. */
    public static final double FAIL_ABOVE = 10.0;

    private final Table vif;
    private final String worst;
    private final double max;

    private Multicollinearity(Table vif) {
        this.vif = vif;
        int best = 0;
        for (int i = 1; i < vif.rowCount(); i++) {
            if (vif.doubleColumn("vif").getDouble(i) > vif.doubleColumn("vif").getDouble(best)) {
                best = i;
            }
        }
        this.worst = vif.stringColumn("column").get(best);
        this.max = vif.doubleColumn("vif").getDouble(best);
    }

    /** VIFs of the given numeric columns of a table. */
    public static Multicollinearity of(Table data, List<String> columns) {
        if (columns.size() < 2) {
            throw new IllegalArgumentException("VIF needs at least two columns, got " + columns);
        }
        return new Multicollinearity(Vif.of(data, columns));
    }

    /** VIFs of every term of a design but the intercept (dummies included). */
    public static Multicollinearity of(DesignMatrix d) {
        return of(d.toTable(), d.terms().subList(1, d.columns()));
    }

    /** Columns {@code column}, {@code vif}. */
    public Table vif() {
        return vif;
    }

    /** The largest VIF. */
    public double max() {
        return max;
    }

    @Override
    public String name() {
        return "multicollinearity";
    }

    @Override
    public Verdict verdict() {
        return max > FAIL_ABOVE ? Verdict.FAIL : max >= WARN_AT ? Verdict.WARN : Verdict.PASS;
    }

    @Override
    public String reason() {
        String cmp = max > FAIL_ABOVE ? "> " + Html.fixed(FAIL_ABOVE, 0) : max >= WARN_AT ? ">= " + Html.fixed(WARN_AT, 0)
                : "< " + Html.fixed(WARN_AT, 0);
        return "largest VIF " + Html.fixed(max, 2) + " (" + worst + ") " + cmp;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(verdictLine()).append('\n');
        for (int i = 0; i < vif.rowCount(); i++) {
            b.append(String.format("  %-32s %8s%n", vif.stringColumn("column").get(i),
                    Html.fixed(vif.doubleColumn("vif").getDouble(i), 3)));
        }
        return b.toString();
    }

    @Override
    public String toHTML() {
        return verdictHtml() + Html.table(vif);
    }
}
