package tiktokclaims.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;

/**
 * What {@link ClaimsData#validate} finds in one streaming pass, without building the table: the
 * {@link LoadReport} of {@link ClaimsData#read}, and the outlier limits that {@link Cleaning#exemplar} would cap
 * with (computed on the complete rows, {@link LoadReport#completeRows()} of them).
 *
 * @param report what the loader reports
 * @param limits the limits of {@link Cleaning#EXEMPLAR_CAPPED} on the complete rows, in order
 */
public record Validation(LoadReport report, List<OutlierLimits> limits) {

    /**
     * Checks every row of {@code rows} and keeps only the counts and the capped columns of complete rows. Makes no
     * {@code Table}: its class set-up scans the class path, a noticeable part of a short run.
     */
    static Validation of(ClaimsRowReader rows, Path file) throws IOException {
        LoadTally tally = new LoadTally();
        List<DoubleColumn> capped = new ArrayList<>();
        int[] cappedIndex = new int[Cleaning.EXEMPLAR_CAPPED.size()];
        for (int k = 0; k < cappedIndex.length; k++) {
            String name = Cleaning.EXEMPLAR_CAPPED.get(k);
            capped.add(DoubleColumn.create(name));
            cappedIndex[k] = ClaimsSchema.COLUMNS.indexOf(name);
        }
        while (rows.next()) {
            RowValidator row = rows.row();
            tally.add(row);
            if (!row.anyMissing()) {
                for (int k = 0; k < cappedIndex.length; k++) {
                    capped.get(k).append(row.number(cappedIndex[k]));
                }
            }
        }
        List<OutlierLimits> limits = new ArrayList<>();
        for (DoubleColumn column : capped) {
            limits.add(Cleaning.iqrLimits(column.name(), Quantiles.values(column)));
        }
        return new Validation(tally.report(file, rows.ignoredColumns()), List.copyOf(limits));
    }
}
