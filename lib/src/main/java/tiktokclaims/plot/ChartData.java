package tiktokclaims.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Reads chart input from Tablesaw tables with clear messages on bad input. Missing values are skipped. */
final class ChartData {

    private ChartData() {
    }

    static Column<?> column(Table table, String name) {
        if (table == null) {
            throw new IllegalArgumentException("table is null");
        }
        if (name == null || !table.containsColumn(name)) {
            throw new IllegalArgumentException("no column '" + name + "' in table '" + table.name()
                    + "'; columns: " + table.columnNames());
        }
        return table.column(name);
    }

    static NumericColumn<?> numeric(Table table, String name) {
        Column<?> c = column(table, name);
        if (!(c instanceof NumericColumn<?> n)) {
            throw new IllegalArgumentException("column '" + name + "' is " + c.type().name()
                    + ", not numeric");
        }
        return n;
    }

    /** Whether row r has a value in every given column (an empty label counts as missing). */
    static boolean complete(int r, Column<?>... columns) {
        for (Column<?> c : columns) {
            if (c != null && (c.isMissing(r) || !(c instanceof NumericColumn<?>) && c.getString(r).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** The non-missing values of a numeric column, by level of a category column (one group "all" if null). */
    static Map<String, double[]> valuesByLevel(Table table, String valueColumn, String groupColumn) {
        NumericColumn<?> v = numeric(table, valueColumn);
        Column<?> g = groupColumn == null ? null : column(table, groupColumn);
        Map<String, List<Double>> lists = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (complete(r, v, g)) {
                String level = g == null ? "all" : g.getString(r);
                lists.computeIfAbsent(level, k -> new ArrayList<>()).add(v.getDouble(r));
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String level : AxisLabels.order(new ArrayList<>(lists.keySet()))) {
            out.put(level, lists.get(level).stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out;
    }

    /** Counts of rows by (x level, group level) in display order; rows with a missing value in either skipped. */
    /** Counts of {@code xColumn} levels split by {@code groupColumn}; a null group column gives one group, "rows". */
    /** The single group's name when counts are not split. */
    static final String ONE_GROUP = "rows";

    static CountTable counts(Table table, String xColumn, String groupColumn) {
        Column<?> x = column(table, xColumn);
        Column<?> g = groupColumn == null ? null : column(table, groupColumn);
        LinkedHashSet<String> xs = new LinkedHashSet<>();
        LinkedHashSet<String> gs = new LinkedHashSet<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (complete(r, x, g)) {
                xs.add(x.getString(r));
                gs.add(g == null ? ONE_GROUP : g.getString(r));
            }
        }
        if (xs.isEmpty()) {
            throw new IllegalArgumentException("no rows with '" + xColumn + "'"
                    + (g == null ? "" : " and '" + groupColumn + "'") + " present in table '" + table.name() + "'");
        }
        List<String> xLevels = AxisLabels.order(new ArrayList<>(xs));
        List<String> gLevels = AxisLabels.order(new ArrayList<>(gs));
        long[][] n = new long[gLevels.size()][xLevels.size()];
        for (int r = 0; r < table.rowCount(); r++) {
            if (complete(r, x, g)) {
                n[gLevels.indexOf(g == null ? ONE_GROUP : g.getString(r))][xLevels.indexOf(x.getString(r))]++;
            }
        }
        return new CountTable(xLevels, gLevels, n);
    }

    /** Row counts: {@code counts[g][x]} rows with group level g and x level x. */
    record CountTable(List<String> xLevels, List<String> groupLevels, long[][] counts) {

        long xTotal(int xi) {
            long t = 0;
            for (long[] row : counts) {
                t += row[xi];
            }
            return t;
        }
    }

    static void requireFinite(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] is " + values[i] + "; values must be finite");
            }
        }
    }

    static void requireSameLength(String a, double[] x, String b, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException((x == null ? a : b) + " is null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(a + " has " + x.length + " values but " + b + " has " + y.length);
        }
    }
}
