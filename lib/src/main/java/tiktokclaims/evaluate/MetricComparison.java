package tiktokclaims.evaluate;

import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Several evaluations side by side: one row per metric ({@link Metrics#NAMES}), one column per evaluation with
 * the estimate and its bootstrap interval as text, e.g. {@code 0.640 (0.628–0.654)}.
 */
public final class MetricComparison {

    private MetricComparison() {
    }

    /** Columns {@code metric}, then one per entry of {@code results}, named by its key, in the map's order. */
    public static Table of(Map<String, BootstrapResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: no results given");
        }
        double level = results.values().iterator().next().level();
        if (results.values().stream().anyMatch(r -> r.level() != level)) {
            throw new IllegalArgumentException("the results have bootstrap intervals of different levels");
        }
        Table t = Table.create(String.format(Locale.ROOT, "Metrics of the verified class, %.0f%% bootstrap intervals",
                100 * level), StringColumn.create("metric", Metrics.NAMES));
        results.forEach((name, r) -> {
            StringColumn c = StringColumn.create(name);
            for (Metric m : Metric.values()) {
                c.append(cell(r.estimate().value(m), r.low(m), r.high(m)));
            }
            t.addColumns(c);
        });
        return t;
    }

    /** {@code estimate (low–high)} with three decimals. */
    static String cell(double estimate, double low, double high) {
        return String.format(Locale.ROOT, "%.3f (%.3f\u2013%.3f)", estimate, low, high);
    }
}
