package tiktokclaims.eda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * pandas' {@code value_counts()} with proportions ({@code normalize=True}): the distinct non-missing values of a
 * column, most frequent first (ties in order of first appearance), with count and share of the non-missing rows.
 *
 * <p>Written by hand: Tablesaw's countBy has no proportions, counts a missing key as a 0 row and does not order by
 * frequency as pandas does.
 */
public final class ValueCounts {

    private ValueCounts() {
    }

    /** Columns {@code value} (as text), {@code count}, {@code proportion}. */
    public static Table of(Table t, String column) {
        Column<?> c = t.column(column);
        Map<String, int[]> counts = new LinkedHashMap<>();
        int total = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                counts.computeIfAbsent(c.getString(i), k -> new int[1])[0]++;
                total++;
            }
        }
        List<Map.Entry<String, int[]>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        StringColumn value = StringColumn.create(column);
        IntColumn count = IntColumn.create("count");
        DoubleColumn share = DoubleColumn.create("proportion");
        for (Map.Entry<String, int[]> e : entries) {
            value.append(e.getKey());
            count.append(e.getValue()[0]);
            share.append((double) e.getValue()[0] / total);
        }
        return Table.create("value counts of " + column, value, count, share);
    }
}
