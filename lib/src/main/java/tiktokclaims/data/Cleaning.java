package tiktokclaims.data;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

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
        Selection missing = new BitmapBackedSelection();
        for (Column<?> c : t.columns()) {
            missing.or(c.isMissing());
        }
        return t.dropWhere(missing);
    }

    /** The IQR outlier limits of a numeric column (missing values ignored). */
    public static OutlierLimits iqrLimits(Table t, String column) {
        return iqrLimits(column, Quantiles.values(Tables.numeric(t, column)));
    }

    /** The IQR outlier limits of the values of {@code column} (no missing values; reordered in place). */
    public static OutlierLimits iqrLimits(String column, double[] values) {
        return OutlierLimits.of(column, Quantiles.ofUnsorted(values, 0.25), Quantiles.ofUnsorted(values, 0.75));
    }

    /** A copy of the table with values of {@code column} above {@code limit} replaced by {@code limit}. */
    public static Table capAbove(Table t, String column, double limit) {
        Table out = t.copy();
        out.replaceColumn(column, capped(Tables.numeric(t, column), limit));
        return out;
    }

    /** Caps each column at its own upper IQR limit (computed on {@code t}); a new table and the limits used. */
    public static Capped capOutliers(Table t, List<String> columns) {
        return capInto(t, t.copy(), columns);
    }

    /**
     * The course exemplar's cleaning in one step: {@link #dropIncomplete}, then {@link #capOutliers} of
     * {@link #EXEMPLAR_CAPPED} with limits computed on the complete rows. Copies the data once.
     */
    public static Cleaned exemplar(Table raw) {
        Table complete = dropIncomplete(raw);
        Capped capped = capInto(complete, complete, EXEMPLAR_CAPPED);
        return new Cleaned(capped.table(), raw.rowCount() - complete.rowCount(), capped.limits());
    }

    /** Limits from {@code source}; capped columns replace those of {@code target} (a table this class owns). */
    private static Capped capInto(Table source, Table target, List<String> columns) {
        List<OutlierLimits> limits = new ArrayList<>();
        for (String c : columns) {
            OutlierLimits l = iqrLimits(source, c);
            limits.add(l);
            target.replaceColumn(c, capped(Tables.numeric(source, c), l.upper()));
        }
        return new Capped(target, List.copyOf(limits));
    }

    private static DoubleColumn capped(NumericColumn<?> source, double limit) {
        DoubleColumn out = DoubleColumn.create(source.name(), source.size());
        for (int i = 0; i < source.size(); i++) {
            if (source.isMissing(i)) {
                out.setMissing(i);
            } else {
                out.set(i, Math.min(source.getDouble(i), limit));
            }
        }
        return out;
    }

    /**
     * The result of {@link #exemplar}.
     *
     * @param table       complete rows, likes and comments capped
     * @param droppedRows incomplete rows removed
     * @param limits      the limits that capped {@link #EXEMPLAR_CAPPED}, in order
     */
    public record Cleaned(Table table, long droppedRows, List<OutlierLimits> limits) implements Renderable {

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(Html.thousands(table.rowCount()) + " complete rows ("
                    + Html.thousands(droppedRows) + " incomplete rows dropped)\n");
            for (OutlierLimits l : limits) {
                b.append("cap ").append(l).append('\n');
            }
            return b.toString();
        }

        @Override
        public String toHTML() {
            StringBuilder b = new StringBuilder("<div class=\"tc-cleaned\"><p>")
                    .append(Html.escape(Html.thousands(table.rowCount()) + " complete rows ("
                            + Html.thousands(droppedRows) + " incomplete rows dropped)")).append("</p><ul>");
            for (OutlierLimits l : limits) {
                b.append("<li>cap ").append(Html.escape(l.toString())).append("</li>");
            }
            return b.append("</ul></div>").toString();
        }
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
