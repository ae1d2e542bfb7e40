package tiktokclaims.data;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The cleaning steps of the analysis. Each returns a new table and leaves its input untouched: drop the rows with
 * a missing value, find the IQR outlier limits, cap a column at an upper limit.
 */
public final class Cleaning {

    /** The columns the course exemplar caps at {@code Q3 + 1.5 IQR}. */
    public static final List<String> EXEMPLAR_CAPPED = List.of(ClaimsSchema.LIKES, ClaimsSchema.COMMENTS);

    private Cleaning() {
    }

    /** The rows with no missing value in any column (pandas {@code dropna()}), as a new table. */
    public static Table dropIncomplete(Table t) {
        Selection keep = new BitmapBackedSelection();
        List<Column<?>> columns = t.columns();
        rows:
        for (int r = 0; r < t.rowCount(); r++) {
            for (Column<?> c : columns) {
                if (c.isMissing(r)) {
                    continue rows;
                }
            }
            keep.add(r);
        }
        return t.where(keep);
    }

    /** The IQR outlier limits of a numeric column (missing values ignored). */
    public static OutlierLimits iqrLimits(Table t, String column) {
        double[] sorted = Quantiles.sorted(Tables.numeric(t, column));
        return OutlierLimits.of(column, Quantiles.ofSorted(sorted, 0.25), Quantiles.ofSorted(sorted, 0.75));
    }

    /** A copy of the table with values of {@code column} above {@code limit} replaced by {@code limit}. */
    public static Table capAbove(Table t, String column, double limit) {
        NumericColumn<?> source = Tables.numeric(t, column);
        DoubleColumn capped = DoubleColumn.create(column, source.size());
        for (int i = 0; i < source.size(); i++) {
            if (source.isMissing(i)) {
                capped.setMissing(i);
            } else {
                capped.set(i, Math.min(source.getDouble(i), limit));
            }
        }
        Table out = t.copy();
        out.replaceColumn(column, capped);
        return out;
    }

    /** Caps each column at its own upper IQR limit (computed on {@code t}); the result and the limits used. */
    public static Capped capOutliers(Table t, List<String> columns) {
        List<OutlierLimits> limits = new ArrayList<>();
        Table out = t;
        for (String c : columns) {
            OutlierLimits l = iqrLimits(t, c);
            limits.add(l);
            out = capAbove(out, c, l.upper());
        }
        return new Capped(out, List.copyOf(limits));
    }

    /**
     * A capped table and the limits that capped it.
     *
     * @param table  the new table
     * @param limits one entry per capped column, in order
     */
    public record Capped(Table table, List<OutlierLimits> limits) {
    }
}
