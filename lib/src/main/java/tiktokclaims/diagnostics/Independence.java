package tiktokclaims.diagnostics;

import tech.tablesaw.api.Table;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.Duplicates;

/**
 * Independence of the rows, as far as the data can show it: the same video appearing on more than one row
 * ({@code video_id} repeated) would be counted as independent evidence twice. Verdict: PASS with no repeated id,
 * FAIL otherwise. Clustering the file does not record (e.g. several videos by one author) cannot be checked.
 */
public final class Independence implements Check {

    private final Duplicates duplicates;
    private final int rows;
    private final String column;

    private Independence(Duplicates duplicates, int rows, String column) {
        this.duplicates = duplicates;
        this.rows = rows;
        this.column = column;
    }

    /** Repeated ids in {@code video_id}. */
    public static Independence of(Table data) {
        return of(data, ClaimsSchema.VIDEO_ID);
    }

    /** Repeated ids in a LONG id column. */
    public static Independence of(Table data, String idColumn) {
        return new Independence(Duplicates.of(data.longColumn(idColumn)), data.rowCount(), idColumn);
    }

    /** The repeated ids found. */
    public Duplicates duplicates() {
        return duplicates;
    }

    @Override
    public String name() {
        return "independence";
    }

    @Override
    public Verdict verdict() {
        return duplicates.extraRows() == 0 ? Verdict.PASS : Verdict.FAIL;
    }

    @Override
    public String reason() {
        if (duplicates.extraRows() == 0) {
            return "every " + column + " is distinct (" + rows + " rows), so no video is counted twice;"
                    + " clustering by author cannot be checked (the file has no author id)";
        }
        return duplicates.extraRows() + " of " + rows + " rows repeat an earlier " + column + " (e.g. "
                + duplicates.examples() + "): deduplicate before fitting";
    }

    @Override
    public String toString() {
        return verdictLine() + "\n";
    }

    @Override
    public String toHTML() {
        return verdictHtml();
    }
}
