package tiktokclaims.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** Display formatting of a table for a page: the stored values keep full precision, only their text changes. */
public final class TableFormat {

    private TableFormat() {
    }

    /**
     * Shows every DOUBLE column of {@code t} with thousands separators and {@code decimals} decimals
     * (locale-independent, e.g. {@code 257,503.87}), and returns {@code t}.
     */
    public static Table decimals(Table t, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0, got " + decimals);
        }
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        for (Column<?> c : t.columns()) {
            if (c instanceof DoubleColumn d) {
                d.setPrintFormatter(new NumberColumnFormatter(
                        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT))));
            }
        }
        return t;
    }
}
