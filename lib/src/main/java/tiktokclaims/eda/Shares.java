package tiktokclaims.eda;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One number of a cross-tabulation, for the notebooks' sentences: the share of one label within one group, e.g.
 * the share of opinions among the videos of verified accounts. The table itself is Tablesaw's
 * {@code xTabRowPercents(by, column)}; this reads one cell of it after leaving out the rows with a missing group or
 * label (a missing text label is the empty string).
 */
public final class Shares {

    private Shares() {
    }

    /** The fraction of rows with {@code by = group} whose {@code column} equals {@code level}; NaN for no rows. */
    public static double within(Table t, String by, String group, String column, String level) {
        Column<?> key = t.column(by);
        Column<?> value = t.column(column);
        Table x = t.where(key.isNotMissing().and(value.isNotMissing())).xTabRowPercents(by, column);
        if (!x.columnNames().contains(level)) {
            return x.rowCount() > 1 && x.stringColumn(0).contains(group) ? 0.0 : Double.NaN;
        }
        for (int i = 0; i < x.rowCount() - 1; i++) { // the last row is the total
            if (x.stringColumn(0).get(i).equals(group)) {
                return x.numberColumn(level).getDouble(i);
            }
        }
        return Double.NaN;
    }
}
