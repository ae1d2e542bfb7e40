package tiktokclaims.evaluate;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** Display formatting of result tables; the stored values keep full precision. */
final class Display {

    private Display() {
    }

    /** Shows every double column of {@code t} with four decimals (locale-independent), and returns {@code t}. */
    static Table fourDecimals(Table t) {
        for (Column<?> c : t.columns()) {
            if (c instanceof DoubleColumn d) {
                d.setPrintFormatter(new NumberColumnFormatter(
                        new DecimalFormat("0.0000", DecimalFormatSymbols.getInstance(Locale.ROOT))));
            }
        }
        return t;
    }
}
