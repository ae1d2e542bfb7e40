package tiktokclaims.eda;

import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How often one label occurs within groups, e.g. the share of opinions among the videos of verified accounts.
 * Rows with a missing group or a missing label are left out (a missing text label is the empty string).
 */
public final class Shares {

    private Shares() {
    }

    /**
     * One row per distinct group of {@code by} (sorted): {@code by}, {@code rows} (rows of the group with a label in
     * {@code column}), {@code share <level>} (the fraction of them whose {@code column} equals {@code level}).
     */
    public static Table of(Table t, String by, String column, String level) {
        Column<?> key = t.column(by);
        Column<?> value = t.column(column);
        TreeMap<String, int[]> counts = new TreeMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (present(key, i) && present(value, i)) {
                int[] c = counts.computeIfAbsent(key.getString(i), k -> new int[2]);
                c[0]++;
                if (value.getString(i).equals(level)) {
                    c[1]++;
                }
            }
        }
        StringColumn groups = StringColumn.create(by);
        IntColumn rows = IntColumn.create("rows");
        DoubleColumn share = DoubleColumn.create("share " + level);
        counts.forEach((g, c) -> {
            groups.append(g);
            rows.append(c[0]);
            share.append((double) c[1] / c[0]);
        });
        return Table.create("share of " + column + " = " + level + " by " + by, groups, rows, share);
    }

    /** The fraction of rows with {@code by = group} whose {@code column} equals {@code level}; NaN for no rows. */
    public static double within(Table t, String by, String group, String column, String level) {
        Table s = of(t, by, column, level);
        for (int i = 0; i < s.rowCount(); i++) {
            if (s.stringColumn(by).get(i).equals(group)) {
                return s.doubleColumn(2).get(i);
            }
        }
        return Double.NaN;
    }

    private static boolean present(Column<?> c, int i) {
        return !c.isMissing(i) && !c.getString(i).isEmpty();
    }
}
