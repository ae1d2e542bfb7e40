package tiktokclaims.eda;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The shape of a table, like pandas' {@code info()}: each column's name, type, non-missing and missing counts. */
public final class Structure {

    private Structure() {
    }

    /** One row per column: {@code column}, {@code type}, {@code non_missing}, {@code missing}. */
    public static Table of(Table t) {
        StringColumn name = StringColumn.create("column");
        StringColumn type = StringColumn.create("type");
        IntColumn present = IntColumn.create("non_missing");
        IntColumn missing = IntColumn.create("missing");
        for (Column<?> c : t.columns()) {
            int m = c.countMissing();
            name.append(c.name());
            type.append(c.type().name());
            present.append(c.size() - m);
            missing.append(m);
        }
        return Table.create("structure of " + t.name() + " (" + t.rowCount() + " rows)", name, type, present,
                missing);
    }
}
