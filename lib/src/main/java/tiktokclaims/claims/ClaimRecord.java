package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.data.ClaimsRowReader;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.InputException;

/**
 * One reported video as the classifier sees it. A missing number is {@code NaN}, a missing text is {@code null}.
 *
 * @param videoId        the video's id
 * @param claimStatus    {@code claim}, {@code opinion}, or null when unknown (a file to score may lack it)
 * @param durationSec    video length in seconds
 * @param transcript     the transcribed speech (user text: escape it when rendering)
 * @param verifiedStatus {@code verified} / {@code not verified}
 * @param banStatus      {@code active} / {@code under review} / {@code banned}
 * @param views          video_view_count
 * @param likes          video_like_count
 * @param shares         video_share_count
 * @param downloads      video_download_count
 * @param comments       video_comment_count
 */
public record ClaimRecord(long videoId, String claimStatus, double durationSec, String transcript,
                          String verifiedStatus, String banStatus, double views, double likes, double shares,
                          double downloads, double comments) {

    /** Row {@code row} of a table loaded by {@link tiktokclaims.data.ClaimsData#load}; claim_status may be absent. */
    public static ClaimRecord of(Table t, int row) {
        return new Columns(t).record(row);
    }

    /** Every row of the table, in order. */
    public static List<ClaimRecord> all(Table t) {
        Columns c = new Columns(t);
        List<ClaimRecord> out = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(c.record(r));
        }
        return out;
    }

    /**
     * The table's columns that a record reads, looked up once (by name, as Tablesaw does: ignoring case), null
     * where the table has no such column: a lookup by name scans every column name, and a record needs eleven.
     */
    private static final class Columns {
        private final LongColumn id;
        private final Column<?> status;
        private final Column<?> transcript;
        private final Column<?> verified;
        private final Column<?> ban;
        private final NumericColumn<?> duration;
        private final NumericColumn<?>[] counts = new NumericColumn<?>[5];

        Columns(Table t) {
            id = t.longColumn(ClaimsSchema.VIDEO_ID);
            status = text(t, ClaimsSchema.CLAIM_STATUS);
            transcript = text(t, ClaimsSchema.TRANSCRIPT);
            verified = text(t, ClaimsSchema.VERIFIED_STATUS);
            ban = text(t, ClaimsSchema.BAN_STATUS);
            duration = number(t, ClaimsSchema.DURATION);
            for (int k = 0; k < 5; k++) {
                counts[k] = number(t, ClaimsSchema.COUNTS.get(k));
            }
        }

        ClaimRecord record(int row) {
            return new ClaimRecord(id.getLong(row), text(status, row), number(duration, row),
                    text(transcript, row), text(verified, row), text(ban, row), number(counts[0], row),
                    number(counts[1], row), number(counts[2], row), number(counts[3], row),
                    number(counts[4], row));
        }

        private static Column<?> text(Table t, String col) {
            return t.containsColumn(col) ? t.column(col) : null;
        }

        private static NumericColumn<?> number(Table t, String col) {
            return t.containsColumn(col) ? t.numberColumn(col) : null;
        }

        private static String text(Column<?> c, int row) {
            return c == null || c.isMissing(row) ? null : c.getString(row);
        }

        private static double number(NumericColumn<?> c, int row) {
            return c == null || c.isMissing(row) ? Double.NaN : c.getDouble(row);
        }
    }

    /** The five engagement counts in {@link ClaimsSchema#COUNTS} order. */
    public double[] counts() {
        return new double[] {views, likes, shares, downloads, comments};
    }

    /** Whether the label is {@code claim} (1) or not (0); throws when the label is unknown. */
    public int label() {
        if ("claim".equals(claimStatus)) {
            return 1;
        }
        if ("opinion".equals(claimStatus)) {
            return 0;
        }
        throw new IllegalStateException("video " + videoId + " has no claim_status");
    }

    /** The columns that the features use and that may be missing (imputed when scored), in file order. */
    public static final List<String> FEATURE_COLUMNS = List.of(ClaimsSchema.DURATION, ClaimsSchema.TRANSCRIPT,
            ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.BAN_STATUS, ClaimsSchema.VIEWS, ClaimsSchema.LIKES,
            ClaimsSchema.SHARES, ClaimsSchema.DOWNLOADS, ClaimsSchema.COMMENTS);

    /** The current row of a streaming reader; the row must have a video_id. */
    public static ClaimRecord of(ClaimsRowReader rows) {
        if (rows.videoId() < 0) {
            throw new InputException(rows.file(), rows.line(), ClaimsSchema.VIDEO_ID,
                    "missing: every row to score needs its video id");
        }
        return new ClaimRecord(rows.videoId(), rows.text(ClaimsSchema.CLAIM_STATUS),
                rows.number(ClaimsSchema.DURATION), rows.text(ClaimsSchema.TRANSCRIPT),
                rows.text(ClaimsSchema.VERIFIED_STATUS), rows.text(ClaimsSchema.BAN_STATUS),
                rows.number(ClaimsSchema.VIEWS), rows.number(ClaimsSchema.LIKES), rows.number(ClaimsSchema.SHARES),
                rows.number(ClaimsSchema.DOWNLOADS), rows.number(ClaimsSchema.COMMENTS));
    }

    /** Bit {@code k} set when {@code FEATURE_COLUMNS.get(k)} is missing in this row; 0 when complete. */
    public int missingMask() {
        boolean[] missing = {Double.isNaN(durationSec), transcript == null, verifiedStatus == null,
            banStatus == null, Double.isNaN(views), Double.isNaN(likes), Double.isNaN(shares),
            Double.isNaN(downloads), Double.isNaN(comments)};
        int mask = 0;
        for (int k = 0; k < missing.length; k++) {
            if (missing[k]) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    /** The feature columns that are missing in this row (imputed when scored), in file order; empty when complete. */
    public List<String> missingColumns() {
        return columnsOf(missingMask());
    }

    /** The column names of a {@link #missingMask()}. */
    public static List<String> columnsOf(int mask) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < FEATURE_COLUMNS.size(); k++) {
            if ((mask & (1 << k)) != 0) {
                out.add(FEATURE_COLUMNS.get(k));
            }
        }
        return out;
    }
}
