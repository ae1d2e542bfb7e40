package tiktokclaims.diagnostics;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.model.LogitResult;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/** Several assumption checks side by side: one verdict line each, then each check's detail. */
public final class AssumptionReport implements Renderable {

    private final List<Check> checks;

    private AssumptionReport(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The given checks, in order. */
    public static AssumptionReport of(Check... checks) {
        return new AssumptionReport(List.of(checks));
    }

    /**
     * The five checks of a fitted model: multicollinearity (VIF of its terms), linearity (Box-Tidwell on
     * {@code continuous}), independence (repeated {@code video_id} in {@code data}), influence, events per
     * variable.
     *
     * @param data the rows the model was fitted on (for the id column)
     */
    public static AssumptionReport of(LogitResult fit, tech.tablesaw.api.Table data, List<String> continuous) {
        List<Check> c = new ArrayList<>();
        c.add(Multicollinearity.of(fit.design()));
        c.add(Linearity.boxTidwell(fit, continuous));
        c.add(Independence.of(data));
        c.add(Influence.of(fit));
        c.add(EventsPerVariable.of(fit.design()));
        return new AssumptionReport(c);
    }

    public List<Check> checks() {
        return checks;
    }

    /** The worst verdict of all checks. */
    public Verdict overall() {
        Verdict worst = Verdict.PASS;
        for (Check c : checks) {
            if (c.verdict().compareTo(worst) > 0) {
                worst = c.verdict();
            }
        }
        return worst;
    }

    /** Columns check, verdict, reason. */
    public Table table() {
        StringColumn name = StringColumn.create("check");
        StringColumn verdict = StringColumn.create("verdict");
        StringColumn reason = StringColumn.create("reason");
        for (Check c : checks) {
            name.append(c.name());
            verdict.append(c.verdict().name());
            reason.append(c.reason());
        }
        return Table.create("assumption checks").addColumns(name, verdict, reason);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Assumption checks: overall ").append(overall()).append('\n');
        for (Check c : checks) {
            b.append("  ").append(c.verdictLine()).append('\n');
        }
        for (Check c : checks) {
            b.append('\n').append(c);
        }
        return b.toString();
    }

    @Override
    public String toHTML() {
        StringBuilder b = new StringBuilder("<div class=\"tc-assumptions\"><h4>Assumption checks: overall ")
                .append(overall()).append("</h4>").append(Html.table(table()));
        for (Check c : checks) {
            b.append(c.toHTML());
        }
        return b.append("</div>").toString();
    }
}
