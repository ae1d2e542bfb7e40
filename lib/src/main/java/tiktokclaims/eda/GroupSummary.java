package tiktokclaims.eda;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.data.Tables;

/**
 * pandas' {@code groupby(by)[columns].mean()} with the group sizes: one row per distinct non-missing value of
 * {@code by} (sorted, as pandas sorts group keys), the number of rows, and the mean of each column (missing
 * values skipped).
 */
public final class GroupSummary {

    private GroupSummary() {
    }

    /** Columns {@code by}, {@code rows}, then {@code mean <column>} for each column. */
    public static Table means(Table t, String by, List<String> columns) {
        Column<?> key = t.column(by);
        TreeMap<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < key.size(); i++) {
            if (!key.isMissing(i)) {
                groups.computeIfAbsent(key.getString(i), k -> new ArrayList<>()).add(i);
            }
        }
        StringColumn keys = StringColumn.create(by, groups.keySet());
        IntColumn sizes = IntColumn.create("rows");
        groups.values().forEach(rows -> sizes.append(rows.size()));
        Table out = Table.create("mean by " + by, keys, sizes);
        for (String name : columns) {
            NumericColumn<?> c = Tables.numeric(t, name);
            DoubleColumn means = DoubleColumn.create("mean " + name);
            for (List<Integer> rows : groups.values()) {
                double sum = 0;
                int n = 0;
                for (int r : rows) {
                    if (!c.isMissing(r)) {
                        sum += c.getDouble(r);
                        n++;
                    }
                }
                means.append(n == 0 ? Double.NaN : sum / n);
            }
            out.addColumns(means);
        }
        return out;
    }
}
