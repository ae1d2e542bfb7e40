package tiktokclaims.data;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** Column look-ups that fail with a message naming the table's columns. */
public final class Tables {

    private Tables() {
    }

    /** The numeric column {@code name} of {@code t}; IllegalArgumentException if absent or not numeric. */
    public static NumericColumn<?> numeric(Table t, String name) {
        if (!t.containsColumn(name)) {
            throw new IllegalArgumentException("no column '" + name + "' in " + t.name() + "; columns: "
                    + t.columnNames());
        }
        if (!(t.column(name) instanceof NumericColumn<?> n)) {
            throw new IllegalArgumentException("column '" + name + "' is not numeric (" + t.column(name).type()
                    + ")");
        }
        return n;
    }
}
