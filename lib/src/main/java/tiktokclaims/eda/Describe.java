package tiktokclaims.eda;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.data.Quantiles;
import tiktokclaims.data.Tables;
import tiktokclaims.stats.Summary;

/**
 * Summary statistics equal to pandas' {@code DataFrame.describe()}: count, mean, std (sample, ddof = 1), min,
 * 25%, 50%, 75% (pandas' linear-interpolation quantiles), max of each numeric column, missing values skipped.
 */
public final class Describe {

    /** The row labels, in pandas' order. */
    public static final List<String> STATISTICS = List.of("count", "mean", "std", "min", "25%", "50%", "75%",
            "max");

    private Describe() {
    }

    /** Every numeric column of {@code t}. */
    public static Table of(Table t) {
        List<String> names = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            if (c instanceof NumericColumn<?>) {
                names.add(c.name());
            }
        }
        return of(t, names);
    }

    /** The named numeric columns: a {@code statistic} column, then one DOUBLE column per input column. */
    public static Table of(Table t, List<String> columns) {
        Table out = Table.create("describe " + t.name(), StringColumn.create("statistic", STATISTICS));
        for (String name : columns) {
            out.addColumns(DoubleColumn.create(name, stats(Tables.numeric(t, name))));
        }
        return out;
    }

    private static double[] stats(NumericColumn<?> c) {
        double[] v = Quantiles.sorted(c);
        int n = v.length;
        return new double[] {n, Summary.mean(v), Summary.sampleSd(v), n == 0 ? Double.NaN : v[0],
            Quantiles.ofSorted(v, 0.25), Quantiles.ofSorted(v, 0.5), Quantiles.ofSorted(v, 0.75),
            n == 0 ? Double.NaN : v[n - 1]};
    }
}
