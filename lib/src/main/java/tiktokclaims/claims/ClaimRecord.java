package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
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
        return new ClaimRecord(
                t.longColumn(ClaimsSchema.VIDEO_ID).getLong(row),
                t.containsColumn(ClaimsSchema.CLAIM_STATUS) ? text(t, ClaimsSchema.CLAIM_STATUS, row) : null,
                number(t, ClaimsSchema.DURATION, row),
                text(t, ClaimsSchema.TRANSCRIPT, row),
                text(t, ClaimsSchema.VERIFIED_STATUS, row),
                text(t, ClaimsSchema.BAN_STATUS, row),
                number(t, ClaimsSchema.VIEWS, row),
                number(t, ClaimsSchema.LIKES, row),
                number(t, ClaimsSchema.SHARES, row),
                number(t, ClaimsSchema.DOWNLOADS, row),
                number(t, ClaimsSchema.COMMENTS, row));
    }

    /** Every row of the table, in order. */
    public static List<ClaimRecord> all(Table t) {
        List<ClaimRecord> out = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(of(t, r));
        }
        return out;
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

    private static String text(Table t, String col, int row) {
        if (!t.containsColumn(col)) {
            return null;
        }
        var c = t.column(col);
        return c.isMissing(row) ? null : c.getString(row);
    }

    private static double number(Table t, String col, int row) {
        if (!t.containsColumn(col)) {
            return Double.NaN;
        }
        var c = t.numberColumn(col);
        return c.isMissing(row) ? Double.NaN : c.getDouble(row);
    }
}
